import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ParticipationRecord } from '../../domain/graph';
import type { GraphContext } from '../context';
import { Actor } from '../types/actor.type';
import { Event } from '../types/event.type';
import { Evidence } from '../types/evidence.type';
import { Participation } from '../types/participation.type';
import { FactStatusEnum } from '../enums';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => FactStatusEnum, {
    description: 'CURATED (written by hand) or ACCEPTED (extracted, then accepted in review).',
  })
  status(@Root() record: ParticipationRecord, @Ctx() ctx: GraphContext) {
    return ctx.services.review.statusOf(record.id);
  }

  @FieldResolver(() => Actor)
  actor(@Root() participation: ParticipationRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.actor.load(participation.actorId);
  }

  @FieldResolver(() => Event)
  event(@Root() participation: ParticipationRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.event.load(participation.eventId);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() participation: ParticipationRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.many(ctx.loaders.evidence, participation.evidenceIds);
  }
}
