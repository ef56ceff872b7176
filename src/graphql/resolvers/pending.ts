import type {
  ActorRecord,
  ClaimRecord,
  EventRecord,
  EvidenceRecord,
  ParticipationRecord,
} from '../../domain/graph';
import type { GraphContext } from '../context';

/**
 * Records only pending proposals add (lists asked with includePending) are not in
 * the store: their evidence, participants and new actors come from the review.
 * Records of the graph take the usual loaders, unchanged.
 */
export function evidenceOf(
  ctx: GraphContext,
  record: { readonly id: string; readonly evidenceIds: readonly string[] },
): EvidenceRecord[] | Promise<EvidenceRecord[]> {
  const pending = ctx.services.review.loadedPending();
  if (!pending.ids.has(record.id)) return ctx.loaders.many(ctx.loaders.evidence, record.evidenceIds);
  return pending.evidence.filter((e) => record.evidenceIds.includes(e.id));
}

export function actorOf(ctx: GraphContext, id: string): ActorRecord | Promise<ActorRecord | null> | null {
  const proposed = ctx.services.review.loadedPending().actors.find((a) => a.id === id);
  return proposed ?? ctx.loaders.actor.load(id);
}

export function eventOf(ctx: GraphContext, id: string): EventRecord | Promise<EventRecord | null> | null {
  const proposed = ctx.services.review.loadedPending().events.find((e) => e.id === id);
  return proposed ?? ctx.loaders.event.load(id);
}

export function participantsOf(
  ctx: GraphContext,
  event: EventRecord,
): ParticipationRecord[] | Promise<ParticipationRecord[]> {
  const pending = ctx.services.review.loadedPending();
  if (!pending.ids.has(event.id)) return ctx.loaders.participationsByEvent.load(event.id);
  return pending.participations.filter((p) => p.eventId === event.id);
}

export function claimsOf(ctx: GraphContext, event: EventRecord): ClaimRecord[] | Promise<ClaimRecord[]> {
  const pending = ctx.services.review.loadedPending();
  if (!pending.ids.has(event.id)) return ctx.loaders.claimsBySubject.load(event.id);
  return pending.claims.filter((c) => c.subjectId === event.id);
}
