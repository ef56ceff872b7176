import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClaimRecord } from '../../domain/graph';
import type { GraphContext } from '../context';
import { Actor } from '../types/actor.type';
import { Claim } from '../types/claim.type';
import { Document } from '../types/document.type';
import { Event } from '../types/event.type';
import { Evidence } from '../types/evidence.type';
import { FactStatusEnum } from '../enums';

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => FactStatusEnum, {
    description:
      'CURATED (written by hand), ACCEPTED (extracted, then accepted in review), or EXTRACTED (pending review: only in lists asked with includePending).',
  })
  status(@Root() record: ClaimRecord, @Ctx() ctx: GraphContext) {
    return ctx.services.review.statusOf(record.id);
  }

  @FieldResolver(() => Document, { description: 'The source that makes this claim.' })
  document(@Root() claim: ClaimRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.document.load(claim.documentId);
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The event the claim is about, if it is about one.',
  })
  event(@Root() claim: ClaimRecord, @Ctx() ctx: GraphContext) {
    return claim.subjectKind === 'EVENT' ? ctx.loaders.event.load(claim.subjectId) : null;
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'The actor the claim is about, if it is about one.',
  })
  actor(@Root() claim: ClaimRecord, @Ctx() ctx: GraphContext) {
    return claim.subjectKind === 'ACTOR' ? ctx.loaders.actor.load(claim.subjectId) : null;
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() claim: ClaimRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.many(ctx.loaders.evidence, claim.evidenceIds);
  }
}
