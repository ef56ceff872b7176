import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ParticipationRecord } from '../../domain/graph';
import type { GraphContext } from '../context';
import { ParticipantRoleEnum } from '../enums';
import { Actor } from '../types/actor.type';
import { Event } from '../types/event.type';
import { Evidence } from '../types/evidence.type';
import { Participation } from '../types/participation.type';
import { FACT_STATUS_FIELD, FactStatusEnum } from '../enums';
import { actorOf, eventOf, evidenceOf } from './pending';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => FactStatusEnum, FACT_STATUS_FIELD)
  status(@Root() record: ParticipationRecord, @Ctx() ctx: GraphContext) {
    return ctx.services.review.statusOf(record.id);
  }

  @FieldResolver(() => ParticipantRoleEnum, {
    deprecationReason: 'An actor takes part once with every role: use `roles`.',
    description: 'The first of `roles`.',
  })
  role(@Root() participation: ParticipationRecord) {
    return participation.roles[0];
  }

  @FieldResolver(() => Actor)
  actor(@Root() participation: ParticipationRecord, @Ctx() ctx: GraphContext) {
    return actorOf(ctx, participation.actorId);
  }

  @FieldResolver(() => Event)
  event(@Root() participation: ParticipationRecord, @Ctx() ctx: GraphContext) {
    return eventOf(ctx, participation.eventId);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() participation: ParticipationRecord, @Ctx() ctx: GraphContext) {
    return evidenceOf(ctx, participation);
  }
}
