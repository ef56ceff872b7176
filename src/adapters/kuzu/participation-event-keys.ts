import type { WriteStep } from '../shared/write-plan';

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
 *   event rows, added here, since the COPY cannot look events up;
 * - an event written again with new values: sync_participation_event_keys.cypher
 *   updates its existing participations in the same transaction.
 */
export const EVENT_KEY_FIELDS = {
  eventSortKey: 'sortKey',
  eventType: 'type',
  eventDateStart: 'dateStart',
  eventDateEnd: 'dateEnd',
} as const;

/** The steps with each participation row given its event's keys from the batch's event rows. */
export function withEventKeys(steps: readonly WriteStep[]): WriteStep[] {
  const events = new Map<unknown, Record<string, unknown>>();
  for (const step of steps) {
    if (step.query === 'write_events') for (const row of step.rows) events.set(row['id'], row);
  }
  return steps.map((step) => {
    if (step.query !== 'write_participations') return step;
    const rows = step.rows.map((row) => {
      // An event missing from the batch fails the COPY on its endpoint, as it should.
      const event = events.get(row['eventId']);
      const keys = Object.fromEntries(
        Object.entries(EVENT_KEY_FIELDS).map(([field, source]) => [field, event?.[source] ?? null]),
      );
      return { ...row, ...keys };
    });
    return { ...step, rows };
  });
}
