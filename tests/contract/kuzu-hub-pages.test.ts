import { dateSortKey, type EventRecord, type GraphBatch } from '../../src/domain/graph';
import type { EventType } from '../../src/domain/vocabulary';
import type { EventListQuery, GraphStore } from '../../src/ports/graph-store.port';
import { kuzuSuiteStore } from '../support/kuzu-suite-store';
import { MemoryGraphStore } from '../support/memory-store';
import { sampleGraph } from '../support/sample-graph';
import { emptyBatch } from '../../src/domain/graph-diff';
import type { KuzuGate } from '../../src/adapters/kuzu/kuzu-gate';

/**
 * The Kuzu adapter pages the events of a participant of more than a thousand
 * events another way (their sort keys from the adjacency, then each event by
 * id: kuzu.store.ts, participantPageOn). Its pages, counts and cursors must be
 * those of the in-memory store, for every filter.
 */
// Enough that every filter below still leaves over a thousand.
const HUB_EVENTS = 3_300;
const TYPES: readonly EventType[] = ['MEETING', 'VISIT', 'RELEASE'];

function hubGraph(): GraphBatch {
  const graph = sampleGraph();
  const events: EventRecord[] = Array.from({ length: HUB_EVENTS }, (_, i) => {
    // Every 50th undated; the others spread over 2015–2025, several on the same day.
    const dated = i % 50 !== 0;
    const day = `${2015 + (i % 11)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const id = `hub-event-${String(i).padStart(4, '0')}`;
    return {
      id,
      type: TYPES[i % TYPES.length]!,
      title: `Event ${i}`,
      description: null,
      date: dated ? day : null,
      datePrecision: dated ? 'DAY' : null,
      dateStart: dated ? day : null,
      dateEnd: dated ? day : null,
      dateInferred: false,
      dateBasis: null,
      placeId: null,
      sortKey: dateSortKey(dated ? day : null, id),
      evidenceIds: ['ev-meeting'],
    } as EventRecord;
  });
  // One participation per actor and event; some with two roles.
  const participations = events.map((event, i) => ({
    id: `hub-p-${event.id}`,
    eventId: event.id,
    actorId: 'lukashenko',
    roles: i % 7 === 0 ? (['HOST', 'VISITOR'] as const) : (['HOST'] as const),
    evidenceIds: ['ev-meeting'],
    documentIds: ['doc-a'],
  }));
  return {
    ...graph,
    events: [...graph.events, ...events],
    participations: [...graph.participations, ...participations],
  };
}

describe("Kuzu: a hub's pages of events", () => {
  const graph = hubGraph();
  const kuzuStore = kuzuSuiteStore('hub', () => graph);
  const memory = new MemoryGraphStore();

  beforeAll(async () => {
    await memory.initSchema();
    await memory.writeGraph(graph);
  });

  /** Every page of a query, through its cursor: ids, counts and whether more follow. */
  async function pages(store: GraphStore, query: Omit<EventListQuery, 'after'>) {
    const seen: { ids: string[]; hasMore: boolean; totalCount: number }[] = [];
    let after: string | null = null;
    for (let n = 0; n < 4; n++) {
      const slice = await store.listEvents({ ...query, after });
      seen.push({ ids: slice.items.map((e) => e.id), hasMore: slice.hasMore, totalCount: slice.totalCount });
      if (!slice.hasMore) break;
      after = slice.items[slice.items.length - 1]!.sortKey;
    }
    return seen;
  }

  const base = { types: [], participantId: 'lukashenko', from: null, to: null, limit: 20 };
  it.each([
    ['every event', base],
    ['one type', { ...base, types: ['VISIT'] as EventType[] }],
    ['a window', { ...base, from: '2017-03-01', to: '2024-06-30' }],
    ['a type and a window', { ...base, types: ['MEETING', 'RELEASE'] as EventType[], from: '2016-01-01' }],
    ['a large page', { ...base, limit: 100 }],
  ])('pages %s as the in-memory store does', async (_, query) => {
    const expected = await pages(memory, query);
    expect(expected[0]!.totalCount).toBeGreaterThan(1_000);
    expect(await pages(kuzuStore(), query)).toEqual(expected);
  });

  it('answers through planned reads as through the list method', async () => {
    const query = { ...base, after: null };
    const { roots } = await kuzuStore().readPlanned([{ root: { by: 'eventPage', query }, plan: {} }]);
    const listed = await kuzuStore().listEvents(query);
    expect(roots[0]).toEqual({
      ids: listed.items.map((e) => e.id),
      hasMore: listed.hasMore,
      totalCount: listed.totalCount,
    });
    // And the two events of the sample graph.
    expect(listed.totalCount).toBe(HUB_EVENTS + 2);
  });

  // Last: it writes to the suite's store.
  it("counts a hub's events once between writes, and counts again after one", async () => {
    const kuzu = kuzuStore();
    const internals = kuzu as unknown as {
      run: (conn: unknown, name: string, ...rest: unknown[]) => Promise<unknown[]>;
    };
    const run = internals.run;
    const statements: string[] = [];
    jest.spyOn(internals, 'run').mockImplementation(function (this: unknown, conn, name, ...rest) {
      statements.push(name);
      return run.call(this, conn, name, ...rest);
    });
    try {
      const query = { ...base, after: null };
      // A new event for the hub: both stores hold one more.
      const late = { ...graph.events.find((e) => e.id === 'hub-event-0001')!, id: 'hub-event-late' };
      const extra = {
        ...emptyBatch(),
        events: [{ ...late, sortKey: dateSortKey(late.dateStart, late.id) }],
        participations: [
          {
            id: 'hub-p-late',
            eventId: 'hub-event-late',
            actorId: 'lukashenko',
            roles: ['HOST'] as const,
            evidenceIds: ['ev-meeting'],
            documentIds: ['doc-a'],
          },
        ],
      };
      await kuzu.writeGraph(extra);
      await memory.writeGraph(extra);
      const expected = await memory.listEvents(query);
      expect(expected.totalCount).toBe(HUB_EVENTS + 3);

      statements.length = 0;
      expect(await kuzu.listEvents(query)).toEqual(expected);
      expect(statements).toContain('page_event_keys_by_participant_unfiltered');
      statements.length = 0;
      expect(await kuzu.listEvents(query)).toEqual(expected);
      expect(statements).toContain('page_event_keys_by_participant_top');
      expect(statements).not.toContain('page_event_keys_by_participant_unfiltered');
      const second = { ...query, after: expected.items[expected.items.length - 1]!.sortKey };
      expect(await kuzu.listEvents(second)).toEqual(await memory.listEvents(second));

      // Beside a running write a read takes one snapshot, which no kept count is known to match.
      const { gate } = kuzu as unknown as { gate: KuzuGate };
      let finishWrite!: () => void;
      const writing = gate.write(() => new Promise<void>((resolve) => (finishWrite = resolve)));
      await new Promise((resolve) => setImmediate(resolve));
      statements.length = 0;
      try {
        expect(await kuzu.listEvents(query)).toEqual(expected);
      } finally {
        finishWrite();
        await writing;
      }
      expect(statements).toContain('page_event_keys_by_participant_unfiltered');
      expect(statements).not.toContain('page_event_keys_by_participant_top');
    } finally {
      jest.restoreAllMocks();
    }
  });
});
