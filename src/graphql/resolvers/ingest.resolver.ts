import { Ctx, Mutation, Resolver } from 'type-graphql';
import { WriteDisabledError } from '../../domain/errors';
import { RECORD_KINDS } from '../../domain/graph-diff';
import type { GraphContext } from '../context';
import { IngestSummary } from '../types/ingest-summary.type';

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestSummary, {
    description:
      'Re-reads the curated sources and makes the store hold exactly what they say, in one transaction: new and changed facts written, facts no longer supported removed (idempotent). Needs `Authorization: Bearer <API_KEY>`; disabled when the server has no API_KEY.',
  })
  async ingestSources(@Ctx() ctx: GraphContext) {
    if (!ctx.writesEnabled) throw new WriteDisabledError('writes are disabled: the server has no API_KEY');
    if (!ctx.canWrite)
      throw new WriteDisabledError('a valid API key is required (Authorization: Bearer <key>)');
    const summary = await ctx.services.ingest.ingestFolder(ctx.services.seedsRoot);
    return {
      ...summary,
      changes: RECORD_KINDS.map((kind) => ({ kind, ...summary.changes[kind] })),
    };
  }
}
