import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { DrawnPath } from '../../domain/graph';
import { MAX_PATH_HOPS, MAX_PATHS } from '../../services/paths.service';
import type { GraphContext } from '../context';
import { actorNode, eventNode, participationEdge, tieEdge } from '../graph-view.mapper';
import { PathFilter } from '../types/analysis-filters.input';
import { type GraphEdge, type GraphNode, Path } from '../types/graph-view.type';
import { pathsCost } from '../query-cost';

@Resolver()
export class PathsResolver {
  @Query(() => [Path], {
    complexity: pathsCost,
    description: `How two actors are connected: the shortest paths through ties and shared events, then the next-shortest simple paths, direction-agnostic. \`maxHops\` counts relationships (actor → event → actor is 2) and is capped at ${MAX_PATH_HOPS}; \`first\` at ${MAX_PATHS}. No path gives an empty list.`,
  })
  async paths(
    @Ctx() ctx: GraphContext,
    @Arg('fromId', () => ID) fromId: string,
    @Arg('toId', () => ID) toId: string,
    @Arg('maxHops', () => Int, { defaultValue: 4 }) maxHops: number,
    @Arg('first', () => Int, { defaultValue: 3 }) first: number,
    @Arg('filter', () => PathFilter, { nullable: true }) filter?: PathFilter | null,
  ): Promise<Path[]> {
    const paths = await ctx.services.paths.paths({ fromId, toId, maxHops, first, filter: filter ?? null });
    return toPathViews(paths);
  }
}

/** Paths → views: the service has read every node's summary. */
function toPathViews(paths: readonly DrawnPath[]): Path[] {
  return paths.map((path) => {
    const nodes = path.nodes.map((node) =>
      node.kind === 'ACTOR' ? actorNode(node.actor) : eventNode(node.event),
    );
    const eventById = new Map(
      path.nodes.flatMap((n) => (n.kind === 'EVENT' ? [[n.id, n.event] as const] : [])),
    );
    return {
      length: path.steps.length,
      nodes,
      steps: path.parallel.map((parallel, index) => {
        const edges = parallel.map((step) =>
          step.kind === 'TIE'
            ? tieEdge(step.tie)
            : participationEdge(step.participation, eventById.get(step.participation.eventId)),
        );
        return {
          edge: edges[0] as GraphEdge,
          edges,
          from: nodes[index] as GraphNode,
          to: nodes[index + 1] as GraphNode,
        };
      }),
    };
  });
}
