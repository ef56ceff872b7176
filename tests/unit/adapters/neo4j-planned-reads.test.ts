import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { Neo4jGraphStore } from '../../../src/adapters/neo4j/neo4j.store';
import { CypherCatalog } from '../../../src/adapters/shared/cypher-catalog';
import type { PlannedRead } from '../../../src/ports/graph-store.port';

/**
 * The Neo4j adapter's planned reads against a scripted driver (no server runs
 * here): one session and one read transaction for all the reads, one query per
 * read plus a page's count beside it, sent without waiting for each other, and
 * the answers assembled as the port says.
 */
type Run = { text: string; params: Record<string, unknown> };

const event = (id: string, sortKey: string) => ({
  record: {
    id,
    type: 'MEETING',
    title: id,
    description: null,
    date: null,
    datePrecision: null,
    dateStart: null,
    dateEnd: null,
    dateInferred: false,
    placeId: null,
    sortKey,
    evidenceIds: [],
  },
  participants: [],
});
const actor = {
  id: 'a',
  name: 'A',
  kind: 'PERSON',
  aliases: ['A'],
  aliasKeys: ['a'],
  description: '',
  sortKey: 'a',
  evidenceIds: [],
};

function scriptedStore(answer: (run: Run) => Record<string, unknown>[]) {
  const runs: Run[] = [];
  let sessions = 0;
  let transactions = 0;
  let pendingAtOnce = 0;
  let inFlight = 0;
  const tx = {
    run: async (text: string, params: Record<string, unknown>) => {
      runs.push({ text, params });
      inFlight += 1;
      pendingAtOnce = Math.max(pendingAtOnce, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      const rows = answer({ text, params });
      return { records: rows.map((row) => ({ keys: Object.keys(row), get: (key: string) => row[key] })) };
    },
  };
  const driver = {
    session: () => {
      sessions += 1;
      return {
        executeRead: async (work: (t: typeof tx) => Promise<unknown>) => {
          transactions += 1;
          return work(tx);
        },
        close: async () => undefined,
      };
    },
  } as unknown as Driver;
  const Store = Neo4jGraphStore as unknown as new (...args: unknown[]) => Neo4jGraphStore;
  const store = new Store(
    driver,
    new CypherCatalog('neo4j', path.resolve(__dirname, '../../../cypher')),
    undefined,
    1000,
  );
  return { store, runs, counts: () => ({ sessions, transactions, pendingAtOnce }) };
}

const dashboard: PlannedRead[] = [
  { root: { by: 'ids', kind: 'actor', ids: ['a', 'ghost', 'a'] }, plan: {} },
  {
    root: {
      by: 'eventPage',
      query: { types: [], participantId: 'a', from: null, to: null, after: null, limit: 2 },
    },
    plan: { participants: {} },
  },
];

describe('Neo4j planned reads (scripted driver)', () => {
  it('reads every root in one session and transaction, with a page and its count sent together', async () => {
    const { store, runs, counts } = scriptedStore(({ text, params }) => {
      if (text.includes('count(')) return [{ total: 17 }];
      if ('ids' in params) return [{ item: { record: actor } }];
      // Rows of a subquery in no particular order, one more than the page.
      return [{ item: event('e3', '3') }, { item: event('e1', '1') }, { item: event('e2', '2') }];
    });
    const result = await store.readPlanned(dashboard);
    expect(counts()).toEqual({ sessions: 1, transactions: 1, pendingAtOnce: 3 });
    expect(runs).toHaveLength(3);
    expect(runs[0]?.params).toEqual({ ids: ['a', 'ghost'] });
    expect(
      runs.find((run) => run.text.startsWith('CALL () {') && !('ids' in run.params))?.params,
    ).toMatchObject({
      participantId: 'a',
      limit: expect.objectContaining({ low: 3 }),
    });
    expect(result.roots).toEqual([
      { ids: ['a'], hasMore: false, totalCount: 1 },
      { ids: ['e1', 'e2'], hasMore: true, totalCount: 17 },
    ]);
    expect(result.records.actors.answers.get('ghost')).toEqual([]);
    expect(result.records.events.answers.get('e2')?.[0]).toMatchObject({ id: 'e2', sortKey: '2' });
    expect(result.records.events.answers.has('e3')).toBe(false);
    expect([...result.records.participationsByEvent.answers.keys()]).toEqual(['e1', 'e2']);
  });

  it('searches the words as plain terms, and reads nothing for none', async () => {
    const { store, runs } = scriptedStore(({ text }) => (text.includes('count(') ? [{ total: 0 }] : []));
    const search = (text: string): PlannedRead => ({
      root: { by: 'statementPage', query: { speakerId: null, aboutId: null, text, after: null, limit: 5 } },
      plan: { speaker: {} },
    });
    const result = await store.readPlanned([search('freed OR (released)'), search('  ')]);
    expect(runs.map((run) => run.params['text'])).toEqual([
      'freed or \\(released\\)',
      'freed or \\(released\\)',
    ]);
    expect(result.roots[1]).toEqual({ ids: [], hasMore: false, totalCount: 0 });
  });
});
