import { tieSortKey, type EventRecord, type TieRecord } from '../domain/graph';
import { mergePlans, type PlannedRecords, type ReadPlan } from '../domain/read-plan';
import { tieInWindow } from '../domain/time-window';
import type { EventListQuery, PageSlice, PlannedRead, TieListQuery } from '../ports/graph-store.port';

/**
 * Pages of many owners at once, cut from their owners' relations read whole.
 *
 * A nested page (`Actor.tiesConnection`, `Actor.eventsConnection`) is a page
 * the store cuts: for a hub, its few keys instead of thousands of records. But
 * below a list (each participant's ties on an events page) there is one such
 * page per owner, and a store without subqueries pays a statement or two for
 * each: on the seeds, 37 participants' pages took 190 ms where one lookup of
 * all their ties, cut here, took 19. So from SIBLING_PAGES_READ_WHOLE pages of
 * a kind in one planned read on, their owners' relations are read whole, in
 * the same store call, with what the pages' selections read below them, and
 * each page is cut from them by the rules the store's list queries follow.
 */
export const SIBLING_PAGES_READ_WHOLE = 4;

/** A tie page or a participant's event page: the pages cut from their owners' relations. */
export type OwnedPage =
  | { readonly by: 'tiePage'; readonly query: TieListQuery }
  | { readonly by: 'eventPage'; readonly query: EventListQuery & { readonly participantId: string } };

export function ownedPageOf(read: PlannedRead): OwnedPage | null {
  const { root } = read;
  if (root.by === 'tiePage') return root;
  if (root.by === 'eventPage' && root.query.participantId !== null) {
    return root as OwnedPage;
  }
  return null;
}

/** The owners' read that serves pages of this kind: their ties, or their participations' events, and the pages' plans below. */
export function ownersRead(pages: readonly { page: OwnedPage; read: PlannedRead }[]): PlannedRead {
  const [first] = pages;
  if (first === undefined) throw new RangeError('no pages to read');
  const below = pages.map(({ read }) => read.plan).reduce(mergePlans, {});
  const owners = [...new Set(pages.map(({ page }) => ownerOf(page)))];
  const plan: ReadPlan = first.page.by === 'tiePage' ? { ties: below } : { participations: { event: below } };
  return {
    root: { by: 'ids', kind: 'actor', ids: owners },
    plan,
    ...(first.read.needs ? { needs: first.read.needs } : {}),
  };
}

/** One page, cut from what the owners' read found, as the store's list query would cut it. */
export function cutPage(page: OwnedPage, records: PlannedRecords): PageSlice<TieRecord | EventRecord> {
  if (page.by === 'tiePage') {
    const { actorId, types, asOf } = page.query;
    const ties = (records.tiesByActor.answers.get(actorId) ?? [])
      .filter((tie) => types.length === 0 || types.includes(tie.type))
      .filter((tie) => tieInWindow(tie, { from: asOf, to: asOf }));
    return keysetSlice(ties, tieSortKey, page.query);
  }
  const { query } = page;
  const events = new Map<string, EventRecord>();
  for (const participation of records.participationsByActor.answers.get(query.participantId) ?? []) {
    const event = records.events.answers.get(participation.eventId)?.[0];
    if (event !== undefined && eventListed(event, query)) events.set(event.id, event);
  }
  return keysetSlice([...events.values()], (event) => event.sortKey, query);
}

/** Whether an event is on an event list (EventListQuery: types, window, undated mode), as list_events filters. */
export function eventListed(event: EventRecord, query: Omit<EventListQuery, 'after' | 'limit'>): boolean {
  if (query.types.length > 0 && !query.types.includes(event.type)) return false;
  const mode = query.undated ?? 'EXCLUDE';
  if (event.dateStart === null) return (query.from === null && query.to === null) || mode !== 'EXCLUDE';
  return (
    mode !== 'ONLY' &&
    (query.from === null || (event.dateEnd !== null && event.dateEnd >= query.from)) &&
    (query.to === null || event.dateStart <= query.to)
  );
}

function ownerOf(page: OwnedPage): string {
  return page.by === 'tiePage' ? page.query.actorId : page.query.participantId;
}

function keysetSlice<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  page: { readonly after: string | null; readonly limit: number },
): PageSlice<T> {
  const ordered = [...items].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const after = ordered.filter((item) => page.after === null || keyOf(item) > page.after);
  return {
    items: after.slice(0, page.limit),
    hasMore: after.length > page.limit,
    totalCount: ordered.length,
  };
}
