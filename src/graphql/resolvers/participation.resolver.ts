import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ParticipationRecord } from '../../domain/graph';
import type { GraphContext } from '../context';
import { ParticipantRoleEnum } from '../enums';
import { Actor } from '../types/actor.type';
import { Event } from '../types/event.type';
import { Evidence } from '../types/evidence.type';
import { Participation } from '../types/participation.type';

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => ParticipantRoleEnum, {
    deprecationReason: 'An actor takes part once with every role: use `roles`.',
    description: 'The first of `roles`.',
  })
  role(@Root() participation: ParticipationRecord) {
    return participation.roles[0];
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
