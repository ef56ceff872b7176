import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { MAX_COMMON_CONNECTIONS, type Link } from '../../services/connections.service';
import type { GraphContext } from '../context';
import { eventNode, participationEdge, tieEdge } from '../graph-view.mapper';
import { CommonConnection } from '../types/common-connection.type';
import type { ConnectionLink } from '../types/graph-view.type';
import { commonConnectionsCost } from '../query-cost';

@Resolver()
export class ConnectionsResolver {
  @Query(() => [CommonConnection], {
    complexity: commonConnectionsCost,
    description: `Actors linked to both A and B, directly (a tie) or through an event they shared, with the links and their evidence, strongest first (most independent documents). At most ${MAX_COMMON_CONNECTIONS}.`,
  })
  async commonConnections(
    @Ctx() ctx: GraphContext,
    @Arg('aId', () => ID) aId: string,
    @Arg('bId', () => ID) bId: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
  ) {
    const connections = await ctx.services.connections.common(aId, bId, first);
    return connections.map((c) => ({
      actor: c.actor,
      strength: c.strength,
      documentIds: c.documentIds,
      viaA: c.viaA.map((link) => toLink(link)),
      viaB: c.viaB.map((link) => toLink(link)),
    }));
  }
}

function toLink(link: Link): ConnectionLink {
  if (link.kind === 'TIE') {
    return { type: 'TIE', tie: tieEdge(link.tie), event: null, participations: [] };
  }
  return {
    type: 'PARTICIPATION',
    tie: null,
    event: eventNode(link.event),
    participations: [link.own, link.theirs].map((p) => participationEdge(p, link.event)),
  };
}
