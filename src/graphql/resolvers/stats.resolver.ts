import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../context';
import { GraphCounts } from '../types/ingest-summary.type';

@Resolver()
export class CountsResolver {
  @Query(() => GraphCounts, { description: 'How many records of each kind the graph holds.' })
  counts(@Ctx() ctx: GraphContext) {
    return ctx.services.documents.counts();
  }
}
