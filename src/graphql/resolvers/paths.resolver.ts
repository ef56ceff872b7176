import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphPath } from '../../domain/graph';
import { MAX_PATH_HOPS, MAX_PATHS } from '../../services/paths.service';
import type { GraphContext } from '../context';
import { actorNode, eventNode, participationEdge, tieEdge } from '../graph-view.mapper';
import { PathFilter } from '../types/analysis-filters.input';
import { type GraphNode, Path } from '../types/graph-view.type';

@Resolver()
export class PathsResolver {
  @Query(() => [Path], {
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
    return toPathViews(ctx, paths);
  }
}

/** Paths → views, loading every node in one batch per kind. */
async function toPathViews(ctx: GraphContext, paths: GraphPath[]): Promise<Path[]> {
  const nodeIds = (kind: 'ACTOR' | 'EVENT') => [
    ...new Set(paths.flatMap((p) => p.nodes.filter((n) => n.kind === kind).map((n) => n.id))),
  ];
  const [actors, events] = await Promise.all([
    ctx.loaders.many(ctx.loaders.actor, nodeIds('ACTOR')),
    ctx.loaders.many(ctx.loaders.event, nodeIds('EVENT')),
  ]);
  const nodes = new Map<string, GraphNode>([
    ...actors.map((a) => [a.id, actorNode(a)] as const),
    ...events.map((e) => [e.id, eventNode(e)] as const),
  ]);
  const eventById = new Map(events.map((e) => [e.id, e] as const));
  return paths.map((path) => {
    const pathNodes = path.nodes.map((n) => nodes.get(n.id)).filter((n): n is GraphNode => n !== undefined);
    return {
      length: path.steps.length,
      nodes: pathNodes,
      steps: path.steps.map((step, index) => ({
        edge:
          step.kind === 'TIE'
            ? tieEdge(step.tie)
            : participationEdge(step.participation, eventById.get(step.participation.eventId)),
        from: pathNodes[index] as GraphNode,
        to: pathNodes[index + 1] as GraphNode,
      })),
    };
  });
}
