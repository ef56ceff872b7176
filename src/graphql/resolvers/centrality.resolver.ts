import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { StoreError } from '../../domain/errors';
import type { ActorRecord } from '../../domain/graph';
import type { CentralityMetric, CentralityScoreRecord } from '../../services/centrality.service';
import type { GraphContext } from '../context';
import { Actor } from '../types/actor.type';
import { CentralityMetricEnum, CentralityScore } from '../types/centrality.type';
import { centralityCost } from '../query-cost';

@Resolver(() => CentralityScore)
export class CentralityResolver {
  @Query(() => [CentralityScore], {
    complexity: centralityCost,
    description:
      'The most central actors of the actor graph (actors joined by taking part in the same event or by a ' +
      'tie), by one metric, most central first; equal scores are ranked by actor id. `top`: 1–100 (default 10).',
  })
  centrality(
    @Ctx() ctx: GraphContext,
    @Arg('metric', () => CentralityMetricEnum) metric: CentralityMetric,
    @Arg('top', () => Int, { nullable: true, defaultValue: 10 }) top: number | null,
  ) {
    return ctx.services.centrality.top(metric, top);
  }

  @FieldResolver(() => Actor)
  async actor(@Root() score: CentralityScoreRecord, @Ctx() ctx: GraphContext): Promise<ActorRecord> {
    const actor = await ctx.loaders.actor.load(score.actorId);
    // Edges come from the store's own actors, so this would be a store inconsistency.
    if (!actor) throw new StoreError(`actor ${score.actorId} of the actor graph is missing`);
    return actor;
  }
}
