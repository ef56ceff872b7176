import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { DocumentStatsRecord } from '../../ports/graph-store.port';
import type { GraphContext } from '../context';
import { Document } from '../types/document.type';
import { GraphCounts } from '../types/ingest-summary.type';
import { DocumentStats, GraphStats } from '../types/stats.type';
import { baseCost, FIELD_COSTS } from '../query-cost';

@Resolver()
export class CountsResolver {
  @Query(() => GraphCounts, {
    description: 'How many records of each kind the graph holds.',
    complexity: baseCost(FIELD_COSTS.counts),
  })
  counts(@Ctx() ctx: GraphContext) {
    return ctx.services.documents.counts();
  }
}

@Resolver(() => DocumentStats)
export class StatsResolver {
  @Query(() => GraphStats, {
    complexity: baseCost(FIELD_COSTS.stats),
    description: 'Counts by record kind, events by type, actors by kind, and what each document supports.',
  })
  stats(@Ctx() ctx: GraphContext) {
    return ctx.services.stats.stats();
  }

  @FieldResolver(() => Document, { nullable: true })
  document(@Root() stats: DocumentStatsRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.document.load(stats.documentId);
  }
}
