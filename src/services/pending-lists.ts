import type { EventRecord, StatementRecord } from '../domain/graph';
import type { PendingRecords } from '../domain/review';
import { nameKey } from '../domain/text';
import type { PageSlice } from '../ports/graph-store.port';

/** Where a list reads the records pending proposals would add (the review of the served sources). */
export type PendingSource = () => Promise<PendingRecords>;

/**
 * A store page with pending records merged in by the same keyset: the store's
 * first `limit` records after the cursor and the matching pending ones after it,
 * in sort-key order, cut to `limit`. Pending records are never in the store, so
 * the two never overlap.
 */
export function mergePending<T extends { sortKey: string }>(
  slice: PageSlice<T>,
  pending: readonly T[],
  after: string | null,
  limit: number,
): PageSlice<T> {
  if (pending.length === 0) return slice;
  const later = pending.filter((r) => after === null || r.sortKey > after);
  const merged = [...slice.items, ...later].sort((a, b) =>
    a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0,
  );
  return {
    items: merged.slice(0, limit),
    hasMore: slice.hasMore || merged.length > limit,
    totalCount: slice.totalCount + pending.length,
  };
}

/** Pending events as the events list filters them (types, participant, window overlap). */
export function pendingEvents(
  pending: PendingRecords,
  filter: { types: readonly string[]; participantId: string | null; from: string | null; to: string | null },
): EventRecord[] {
  return pending.events.filter(
    (event) =>
      (filter.types.length === 0 || filter.types.includes(event.type)) &&
      (filter.participantId === null ||
        pending.participations.some((p) => p.eventId === event.id && p.actorId === filter.participantId)) &&
      ((filter.from === null && filter.to === null) ||
        (event.dateStart !== null &&
          event.dateEnd !== null &&
          (filter.to === null || event.dateStart <= filter.to) &&
          (filter.from === null || event.dateEnd >= filter.from))),
  );
}

/**
 * Pending statements as the statements list filters them. The store searches
 * text with its full-text index; a pending statement matches when it contains
 * every word (folded), which is close but not the same ranking-free rule.
 */
export function pendingStatements(
  pending: PendingRecords,
  filter: { speakerId: string | null; aboutId: string | null; text: string | null },
): StatementRecord[] {
  const words =
    filter.text === null
      ? []
      : nameKey(filter.text)
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean);
  // Text without a word matches nothing, as in the store.
  if (filter.text !== null && words.length === 0) return [];
  return pending.statements.filter(
    (s) =>
      (filter.speakerId === null || s.speakerId === filter.speakerId) &&
      (filter.aboutId === null ||
        pending.statementAbout.some((a) => a.statementId === s.id && a.actorId === filter.aboutId)) &&
      words.every((word) => nameKey(s.text).includes(word)),
  );
}
