import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ClaimRecord } from '../../domain/graph';
import type { GraphContext } from '../context';
import { Actor } from '../types/actor.type';
import { Claim, ClaimConnection } from '../types/claim.type';
import { ClaimFilter } from '../types/filters.input';
import { connectionCost } from '../query-cost';
import { Document } from '../types/document.type';
import { Event } from '../types/event.type';
import { Evidence } from '../types/evidence.type';
import { FACT_STATUS_FIELD, FactStatusEnum } from '../enums';

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => FactStatusEnum, FACT_STATUS_FIELD)
  status(@Root() record: ClaimRecord, @Ctx() ctx: GraphContext) {
    return ctx.services.review.statusOf(record.id);
  }

  @Query(() => ClaimConnection, {
    complexity: connectionCost,
    description:
      'Claims across all documents, in id order: every figure for a property (PRISONERS_RELEASED), about a subject, from a document, or attributed to a source. Disagreeing figures stay separate claims, side by side.',
  })
  claims(
    @Ctx() ctx: GraphContext,
    @Arg('filter', () => ClaimFilter, { nullable: true }) filter?: ClaimFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return ctx.services.claims.list(filter ?? {}, { first, after });
  }

  @FieldResolver(() => Actor, {
    nullable: true,
    description: 'The source the document attributes the claim to ("according to Viasna"), if it names one.',
  })
  accordingTo(@Root() claim: ClaimRecord, @Ctx() ctx: GraphContext) {
    return claim.accordingToId === null ? null : ctx.loaders.actor.load(claim.accordingToId);
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
