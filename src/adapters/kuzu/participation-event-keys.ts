/**
 * Kuzu keeps a copy of each event's sort key, type and dates on its
 * participations, so that a participant's page of events (filtered by type and
 * window, ordered by sort key, cut by a keyset cursor) is read from the
 * participant's adjacency alone, and only the page's events are materialised:
 * for a hub of 50,000 events, reading every event before the page cost 130 ms.
 *
 * Where each write path takes the copy from:
 * - MERGE (write_participations.cypher): from the event node it links to;
 * - COPY into an empty store (bulk_participations.cypher): from the batch's
 *   event rows the load has spooled (kuzu-bulk-spool.ts), since the COPY
 *   cannot look events up;
 * - an event written again with new values: sync_participation_event_keys.cypher
 *   updates its existing participations in the same transaction.
 */
export const EVENT_KEY_FIELDS = {
  eventSortKey: 'sortKey',
  eventType: 'type',
  eventDateStart: 'dateStart',
  eventDateEnd: 'dateEnd',
} as const;

/** The copies a participation of `event` (a write_events row) carries. */
export function eventKeysOf(event: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(EVENT_KEY_FIELDS).map(([field, source]) => [field, event[source] ?? null]),
  );
}
