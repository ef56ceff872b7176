import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { linkEvidenceIds, MAX_COMMON_CONNECTIONS, type Link } from '../../services/connections.service';
import type { GraphContext } from '../context';
import {
  documentLookup,
  eventNode,
  participationEdge,
  tieEdge,
  type DocumentsOf,
} from '../graph-view.mapper';
import { CommonConnection } from '../types/common-connection.type';
import type { ConnectionLink } from '../types/graph-view.type';

@Resolver()
export class ConnectionsResolver {
  @Query(() => [CommonConnection], {
    description: `Actors linked to both A and B, directly (a tie) or through an event they shared, with the links and their evidence, strongest first (most independent documents). At most ${MAX_COMMON_CONNECTIONS}.`,
  })
  async commonConnections(
    @Ctx() ctx: GraphContext,
    @Arg('aId', () => ID) aId: string,
    @Arg('bId', () => ID) bId: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
  ) {
    const connections = await ctx.services.connections.common(aId, bId, first);
    const documentsOf = await documentLookup(
      ctx,
      connections.flatMap((c) => [...c.viaA, ...c.viaB].flatMap(linkEvidenceIds)),
    );
    return connections.map((c) => ({
      actor: c.actor,
      strength: c.strength,
      documentIds: c.documentIds,
      viaA: c.viaA.map((link) => toLink(link, documentsOf)),
      viaB: c.viaB.map((link) => toLink(link, documentsOf)),
    }));
  }
}

function toLink(link: Link, documentsOf: DocumentsOf): ConnectionLink {
  if (link.kind === 'TIE') {
    return { type: 'TIE', tie: tieEdge(link.tie, documentsOf), event: null, participations: [] };
  }
  return {
    type: 'PARTICIPATION',
    tie: null,
    event: eventNode(link.event),
    participations: [link.own, link.theirs].map((p) => participationEdge(p, link.event, documentsOf)),
  };
}
