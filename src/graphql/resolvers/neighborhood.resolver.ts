import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_NEIGHBORHOOD_NODES } from '../../services/neighborhood.service';
import type { GraphContext } from '../context';
import { actorNode, eventNode, participationEdge, tieEdge } from '../graph-view.mapper';
import { NeighborhoodFilter } from '../types/analysis-filters.input';
import { Subgraph } from '../types/graph-view.type';
import { neighborhoodCost } from '../query-cost';

@Resolver()
export class NeighborhoodResolver {
  @Query(() => Subgraph, {
    complexity: neighborhoodCost,
    description: `The subgraph around actors or events: nodes and edges within \`depth\` relationship hops (max ${MAX_NEIGHBORHOOD_DEPTH}), at most \`limit\` nodes (max ${MAX_NEIGHBORHOOD_NODES}).`,
  })
  async neighborhood(
    @Ctx() ctx: GraphContext,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('depth', () => Int, { defaultValue: 1 }) depth: number,
    @Arg('limit', () => Int, { defaultValue: 500 }) limit: number,
    @Arg('filter', () => NeighborhoodFilter, { nullable: true }) filter?: NeighborhoodFilter | null,
  ): Promise<Subgraph> {
    const subgraph = await ctx.services.neighborhood.neighborhood({
      ids,
      depth,
      limit,
      filter: filter ?? null,
    });
    const events = new Map(
      subgraph.nodes.flatMap((n) => (n.kind === 'EVENT' ? [[n.id, n.event] as const] : [])),
    );
    return {
      nodes: subgraph.nodes.map((n) => (n.kind === 'ACTOR' ? actorNode(n.actor) : eventNode(n.event))),
      edges: subgraph.edges.map((e) =>
        e.kind === 'TIE'
          ? tieEdge(e.tie)
          : participationEdge(e.participation, events.get(e.participation.eventId)),
      ),
      truncated: subgraph.truncated,
    };
  }
}
