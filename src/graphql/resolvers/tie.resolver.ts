import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { TieRecord } from '../../domain/graph';
import type { GraphContext } from '../context';
import { Actor } from '../types/actor.type';
import { Evidence } from '../types/evidence.type';
import { Tie } from '../types/tie.type';
import { FACT_STATUS_FIELD, FactStatusEnum } from '../enums';

@Resolver(() => Tie)
export class TieResolver {
  @FieldResolver(() => FactStatusEnum, FACT_STATUS_FIELD)
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
