import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { UnauthenticatedError, WriteDisabledError } from '../../domain/errors';
import type { Proposal as ProposalRecord, ProposalKind, ProposalStatus } from '../../domain/review';
import type { GraphContext } from '../context';
import { FactStatusEnum, ProposalKindEnum } from '../enums';
import { Actor } from '../types/actor.type';
import { Document } from '../types/document.type';
import {
  ExtractionResult,
  Proposal,
  ProposalConnection,
  ProposedRecord,
  type ProposedActorRef,
} from '../types/proposal.type';

/** The review queue is the reviewers': reading it and deciding both need the API key. */
function requireKey(ctx: GraphContext): void {
  if (!ctx.writesEnabled) throw new WriteDisabledError('review is disabled: the server has no API_KEY');
  if (!ctx.canWrite) {
    throw new UnauthenticatedError('a valid API key is required (Authorization: Bearer <key>)');
  }
}

@Resolver(() => Proposal)
export class ReviewResolver {
  @Query(() => ProposalConnection, {
    description:
      'The review queue: facts proposed by assisted extraction, in document and text order. By default the pending ones (EXTRACTED); `statuses` can ask for ACCEPTED or REJECTED ones. Needs the API key.',
  })
  pendingFacts(
    @Ctx() ctx: GraphContext,
    @Arg('documentId', () => ID, { nullable: true }) documentId?: string | null,
    @Arg('kind', () => ProposalKindEnum, { nullable: true }) kind?: ProposalKind | null,
    @Arg('statuses', () => [FactStatusEnum], { nullable: true, description: 'Default [EXTRACTED].' })
    statuses?: ProposalStatus[] | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
    first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    requireKey(ctx);
    return ctx.services.review.pendingFacts({ documentId, kind, statuses }, { first, after });
  }

  @Mutation(() => ExtractionResult, {
    description:
      'Reads a raw article and proposes its annotations (actor mentions, quotes with speakers, events with dates and participants, claims), every fact EXTRACTED with its verbatim quote and offsets, new or ambiguous names as new actors (never merged). Written to the sources (text, annotation, proposed actors), then ingested: nothing reaches the graph before it is accepted. Needs the API key.',
  })
  async extractDocument(
    @Ctx() ctx: GraphContext,
    @Arg('text', () => String) text: string,
    @Arg('title', () => String, { nullable: true }) title?: string | null,
    @Arg('publishedDate', () => String, {
      nullable: true,
      description: 'YYYY, YYYY-MM or YYYY-MM-DD: dates such as "June 21" or "last week" resolve against it.',
    })
    publishedDate?: string | null,
  ) {
    requireKey(ctx);
    const result = await ctx.services.review.extractDocument({ text, title, publishedDate });
    return { ...result, changed: result.summary.changed };
  }

  @Mutation(() => [Proposal], {
    description:
      'Accepts proposals: written to decisions/<document>.yaml, then ingested; the facts enter the graph with status ACCEPTED. Needs the API key.',
  })
  acceptFacts(@Ctx() ctx: GraphContext, @Arg('ids', () => [ID]) ids: string[]) {
    requireKey(ctx);
    return ctx.services.review.decide(ids, 'ACCEPTED');
  }

  @Mutation(() => [Proposal], {
    description:
      'Rejects proposals: the decision file keeps them, the graph never holds them (an accepted fact leaves it). Needs the API key.',
  })
  rejectFacts(@Ctx() ctx: GraphContext, @Arg('ids', () => [ID]) ids: string[]) {
    requireKey(ctx);
    return ctx.services.review.decide(ids, 'REJECTED');
  }

  @Mutation(() => Actor, {
    nullable: true,
    description:
      "Merges an actor into another: its spellings become the target's aliases and every fact moves to the target. Refused for actors of different kinds, two people whose names mark different sexes, or two the registry marks distinct. A decision file (decisions/actor-decisions.yaml), replayed by every ingest. Needs the API key.",
  })
  async mergeActors(
    @Ctx() ctx: GraphContext,
    @Arg('sourceId', () => ID) sourceId: string,
    @Arg('targetId', () => ID) targetId: string,
  ) {
    requireKey(ctx);
    await ctx.services.review.mergeActors(sourceId, targetId);
    return ctx.services.actors.find(targetId, null);
  }

  @Mutation(() => Actor, {
    nullable: true,
    description:
      'Renames an actor; its old name stays an alias. A decision file, replayed by every ingest. Needs the API key.',
  })
  async renameActor(
    @Ctx() ctx: GraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String) name: string,
  ) {
    requireKey(ctx);
    await ctx.services.review.renameActor(id, name);
    return ctx.services.actors.find(id, null);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The document, once in the graph.' })
  document(@Root() proposal: ProposalRecord, @Ctx() ctx: GraphContext) {
    return ctx.loaders.document.load(proposal.documentId);
  }

  @FieldResolver(() => ProposedRecord)
  async record(@Root() proposal: ProposalRecord, @Ctx() ctx: GraphContext): Promise<ProposedRecord> {
    const ledger = await ctx.services.review.ledger();
    const ref = (id: string | null): ProposedActorRef | null =>
      id === null ? null : { id, name: ledger.actorNames.get(id) ?? null };
    const r = proposal.record;
    const isTie = proposal.kind === 'TIE';
    return {
      ...r,
      actor: ref(r.actorId),
      participants: r.participants.map((p) => ({ actor: ref(p.actorId) as ProposedActorRef, role: p.role })),
      speaker: ref(r.speakerId),
      about: r.about.map((id) => ref(id) as ProposedActorRef),
      source: isTie ? ref(r.sourceId) : null,
      target: isTie ? ref(r.targetId) : null,
    };
  }
}
