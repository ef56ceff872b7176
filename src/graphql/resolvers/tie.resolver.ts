import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { TieRecord } from '../../domain/graph';
import type { GraphContext } from '../context';
import { Actor } from '../types/actor.type';
import { Evidence } from '../types/evidence.type';
import { Tie } from '../types/tie.type';
import { FactStatusEnum } from '../enums';

@Resolver(() => Tie)
export class TieResolver {
  @FieldResolver(() => FactStatusEnum, {
    description:
      'CURATED (written by hand), ACCEPTED (extracted, then accepted in review), or EXTRACTED (pending review: only in lists asked with includePending).',
  })
  status(@Root() record: TieRecord, @Ctx() ctx: GraphContext) {
    return ctx.services.review.statusOf(record.id);
  }

  @FieldResolver(() => Actor)
  source(@Root() tie: TieRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.actor.load(tie.sourceId);
  }

  @FieldResolver(() => Actor)
  target(@Root() tie: TieRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.actor.load(tie.targetId);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() tie: TieRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.many(ctx.loaders.evidence, tie.evidenceIds);
  }
}
