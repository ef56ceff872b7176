import { readInSteps, type StepReads } from '../../../src/adapters/shared/planned-steps';
import type { LookupName, PlanRecord, ReadPlan } from '../../../src/domain/read-plan';
import { LOOKUP_METHODS, type PageSlice, type PlannedRead } from '../../../src/ports/graph-store.port';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

/** The dashboard question's reads on the sample graph: Kellogg with his ties, and his events' page. */
const DASHBOARD_READS: PlannedRead[] = [
  {
    root: { by: 'ids', kind: 'actor', ids: ['kellogg'] },
    plan: { ties: { source: {}, target: {}, evidence: { document: {} } } },
  },
  {
    root: {
      by: 'eventPage',
      query: { types: [], participantId: 'kellogg', from: null, to: null, after: null, limit: 10 },
    },
    plan: {
      place: {},
      participants: { actor: { ties: { target: {} } } },
      evidence: { document: {} },
    } satisfies ReadPlan,
  },
];

type Entry = `${'start' | 'end'} ${string}`;

/**
 * Step reads over the in-memory store that log when each read starts and ends,
 * and end each read a few turns of the event loop later, so that reads allowed
 * to run at once do overlap. `hold` keeps a read from ending until it resolves.
 */
async function loggedReads(
  lanes: number,
  options: {
    idsEarly?: boolean;
    hold?: (name: string, log: readonly Entry[]) => Promise<void>;
    fail?: LookupName;
  } = {},
) {
  const store = new MemoryGraphStore();
  await store.writeGraph(sampleGraph());
  const log: Entry[] = [];
  const lookups: [LookupName, string[]][] = [];
  const later = () => new Promise((resolve) => setTimeout(resolve, 2));
  const source: StepReads = {
    lanes,
    lookup: async (name, keys) => {
      log.push(`start ${name}`);
      lookups.push([name, [...keys].sort()]);
      await later();
      await options.hold?.(name, log);
      if (name === options.fail) {
        log.push(`end ${name}`);
        throw new Error(`${name} failed`);
      }
      const method = store[LOOKUP_METHODS[name]] as (ids: readonly string[]) => Promise<PlanRecord[]>;
      const records = await method.call(store, keys);
      log.push(`end ${name}`);
      return records;
    },
    page: async (root, idsKnown) => {
      log.push('start page');
      if (root.by !== 'eventPage') throw new Error('only event pages here');
      const page = (await store.listEvents(root.query)) as PageSlice<PlanRecord>;
      if (options.idsEarly) idsKnown(page.items.map((record) => (record as { id: string }).id));
      await later();
      await options.hold?.('page', log);
      log.push('end page');
      return page;
    },
  };
  return { source, log, lookups };
}

/** The most reads running at one time. */
function mostAtOnce(log: readonly Entry[]): number {
  let running = 0;
  let most = 0;
  for (const entry of log) {
    running += entry.startsWith('start') ? 1 : -1;
    most = Math.max(most, running);
  }
  return most;
}

/** Resolves when `name` has started (or after a second, for the assertion to report). */
function startOf(name: string, log: readonly Entry[]): Promise<void> {
  return new Promise((resolve) => {
    const deadline = Date.now() + 1_000;
    const poll = () => {
      if (log.includes(`start ${name}`) || Date.now() > deadline) resolve();
      else setTimeout(poll, 1);
    };
    poll();
  });
}

describe('planned reads step by step', () => {
  it('runs one read at a time in one lane: the page, then the schedule in order', async () => {
    const { source, log } = await loggedReads(1);
    await readInSteps(DASHBOARD_READS, source);
    expect(mostAtOnce(log)).toBe(1);
    expect(log.filter((entry) => entry.startsWith('start'))).toEqual([
      'start page',
      'start participationsByEvent',
      'start places',
      'start tiesByActor',
      'start actors',
      'start evidence',
      'start documents',
    ]);
  });

  it('runs the reads that do not need each other at once, with the same reads and answer as in one lane', async () => {
    const inTurn = await loggedReads(1);
    const expected = await readInSteps(DASHBOARD_READS, inTurn.source);
    const atOnce = await loggedReads(3);
    const answer = await readInSteps(DASHBOARD_READS, atOnce.source);

    expect(answer).toEqual(expected);
    expect(atOnce.lookups.sort()).toEqual(inTurn.lookups.sort());
    expect(mostAtOnce(atOnce.log)).toBeGreaterThan(1);
    expect(mostAtOnce(atOnce.log)).toBeLessThanOrEqual(3);
    // The events' places need the page's records only, not the participations.
    expect(atOnce.log.indexOf('start places')).toBeLessThan(atOnce.log.indexOf('end participationsByEvent'));
    // Nothing starts before what gives it keys has ended.
    const before = (first: string, then: string) =>
      expect(atOnce.log.indexOf(`end ${first}`)).toBeLessThan(atOnce.log.indexOf(`start ${then}`));
    before('page', 'participationsByEvent');
    before('participationsByEvent', 'tiesByActor');
    before('tiesByActor', 'actors');
    before('tiesByActor', 'evidence');
    before('evidence', 'documents');
  });

  it("starts the lookups keyed by a page's ids when the store tells them, before the page's records", async () => {
    const { source, log } = await loggedReads(3, {
      idsEarly: true,
      hold: (name, entries) =>
        name === 'page' ? startOf('participationsByEvent', entries) : Promise.resolve(),
    });
    const answer = await readInSteps(DASHBOARD_READS, source);
    expect(log.indexOf('start participationsByEvent')).toBeLessThan(log.indexOf('end page'));
    // The places need the records: they wait for the page.
    expect(log.indexOf('end page')).toBeLessThan(log.indexOf('start places'));
    const inTurn = await loggedReads(1);
    expect(answer).toEqual(await readInSteps(DASHBOARD_READS, inTurn.source));
  });

  it('lets the reads running end before it reports a failure, and starts no more', async () => {
    const { source, log } = await loggedReads(3, {
      fail: 'places',
      // The participations are still running when the places fail.
      hold: (name, entries) =>
        name === 'participationsByEvent'
          ? startOf('places', entries).then(() => new Promise((r) => setTimeout(r, 20)))
          : Promise.resolve(),
    });
    const failure = await readInSteps(DASHBOARD_READS, source).catch((error: unknown) => error);
    const settled = [...log];
    expect(failure).toEqual(new Error('places failed'));
    expect(settled).toContain('end participationsByEvent');
    expect(settled.filter((entry) => entry.startsWith('start')).length).toBe(
      settled.filter((entry) => entry.startsWith('end')).length,
    );
    // The ties wait for the participations, and nothing starts after the failure.
    expect(settled).not.toContain('start tiesByActor');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(log).toEqual(settled);
  });
});
