import type { KuzuGate } from '../../src/adapters/kuzu/kuzu-gate';
import type { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import { emptyBatch } from '../../src/domain/graph-diff';
import { kuzuSuiteStore } from '../support/kuzu-suite-store';
import { sampleGraph } from '../support/sample-graph';

type Internals = {
  exec: (conn: unknown, statement: string) => Promise<void>;
  run: (conn: unknown, name: string, params: unknown, text?: string) => Promise<unknown[]>;
  gate: KuzuGate;
};

/**
 * A planned read of one record by id with nothing below it (`actor(id) { name }`)
 * is one statement, which Kuzu runs in a read-only transaction of its own: the
 * adapter sends no BEGIN and COMMIT for it (two more trips through Kuzu's
 * worker threads, about half of what the lookup costs). A read of several
 * statements needs them only when a write may commit between them: while no
 * write runs or begins, each statement alone reads the same graph; otherwise
 * the read runs (again) in one read-only transaction, one snapshot.
 */
describe('Kuzu: planned reads and their transaction', () => {
  const suiteStore = kuzuSuiteStore('one-lookup', sampleGraph);
  let kuzu: KuzuGraphStore;
  let statements: string[];

  beforeAll(() => {
    kuzu = suiteStore();
  });
  beforeEach(() => {
    statements = [];
    const internals = kuzu as unknown as Internals;
    const exec = internals.exec;
    jest.spyOn(internals, 'exec').mockImplementation(function (this: unknown, conn, statement) {
      statements.push(statement);
      return exec.call(this, conn, statement);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('reads one actor by id without a transaction of its own making', async () => {
    const result = await kuzu.readPlanned([
      { root: { by: 'ids', kind: 'actor', ids: ['lukashenko'] }, plan: {} },
    ]);
    expect(result.roots[0]?.ids).toEqual(['lukashenko']);
    expect(result.records.actors.answers.get('lukashenko')?.map((actor) => actor.name)).toEqual([
      'Alexander Lukashenko',
    ]);
    expect(statements).toEqual([]);
  });

  it('answers an id it does not hold with nothing, the same way', async () => {
    const result = await kuzu.readPlanned([
      { root: { by: 'ids', kind: 'actor', ids: ['nobody'] }, plan: {} },
    ]);
    expect(result.roots[0]?.ids).toEqual([]);
    expect(statements).toEqual([]);
  });

  it('reads an actor with its ties statement by statement while no write runs', async () => {
    const result = await kuzu.readPlanned([
      { root: { by: 'ids', kind: 'actor', ids: ['tsikhanouski'] }, plan: { ties: {} } },
    ]);
    expect(result.roots[0]?.ids).toEqual(['tsikhanouski']);
    expect(result.records.tiesByActor.answers.get('tsikhanouski')?.length).toBeGreaterThan(0);
    expect(statements).toEqual([]);
  });

  it('reads two actors by id statement by statement while no write runs', async () => {
    const result = await kuzu.readPlanned([
      { root: { by: 'ids', kind: 'actor', ids: ['lukashenko', 'kellogg'] }, plan: {} },
    ]);
    expect(result.roots[0]?.ids).toEqual(['lukashenko', 'kellogg']);
    expect(statements).toEqual([]);
  });

  it('pages a full-text search without a transaction: no write commits while a search runs', async () => {
    const page = await kuzu.listStatements({
      speakerId: null,
      aboutId: null,
      text: 'sanctions',
      limit: 1,
      // A later page: its count is a statement of its own, beside the page's.
      after: 'doc-a|00000000',
    });
    expect(page.items.map((statement) => statement.id)).toEqual(['st-sanctions']);
    expect(page.totalCount).toBe(1);
    expect(statements).toEqual([]);
  });

  it('reads in one read-only transaction when a write runs as it starts', async () => {
    const { gate } = kuzu as unknown as Internals;
    let finishWrite!: () => void;
    const writing = gate.write(() => new Promise<void>((resolve) => (finishWrite = resolve)));
    try {
      // The write's work starts once the queue reaches it.
      await new Promise((resolve) => setImmediate(resolve));
      await kuzu.readPlanned([
        { root: { by: 'ids', kind: 'actor', ids: ['lukashenko'] }, plan: { ties: {} } },
      ]);
      expect(statements).toEqual(['BEGIN TRANSACTION READ ONLY', 'COMMIT']);
    } finally {
      finishWrite();
      await writing;
    }
  });

  /**
   * Records each statement's connection, and how many ran at once at most;
   * each statement waits a little first, so that those started together overlap.
   */
  function watchStatements(): { connections: Set<unknown>; mostAtOnce: () => number } {
    const internals = kuzu as unknown as Internals;
    const run = internals.run;
    const connections = new Set<unknown>();
    let running = 0;
    let most = 0;
    jest.spyOn(internals, 'run').mockImplementation(async function (this: unknown, conn, name, params, text) {
      connections.add(conn);
      running += 1;
      most = Math.max(most, running);
      try {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return await run.call(this, conn, name, params, text);
      } finally {
        running -= 1;
      }
    });
    return { connections, mostAtOnce: () => most };
  }

  // An actor by id, its ties and its participations: three lookups that need only the id asked.
  const threeAtOnce = [
    { root: { by: 'ids', kind: 'actor', ids: ['tsikhanouski'] }, plan: { ties: {}, participations: {} } },
  ] as const;

  it('runs the lookups that do not need each other at once, each on a connection of its own, while no write runs', async () => {
    const watched = watchStatements();
    const result = await kuzu.readPlanned(threeAtOnce);
    expect(watched.mostAtOnce()).toBe(3);
    expect(watched.connections.size).toBe(3);
    expect(statements).toEqual([]);
    expect(result.records.tiesByActor.answers.get('tsikhanouski')?.length).toBeGreaterThan(0);
    expect(result.records.participationsByActor.answers.get('tsikhanouski')?.length).toBeGreaterThan(0);
  });

  it('runs every statement of a read in a transaction on its connection, one at a time', async () => {
    const { gate } = kuzu as unknown as Internals;
    const watched = watchStatements();
    let finishWrite!: () => void;
    const writing = gate.write(() => new Promise<void>((resolve) => (finishWrite = resolve)));
    try {
      await new Promise((resolve) => setImmediate(resolve));
      const result = await kuzu.readPlanned(threeAtOnce);
      expect(statements).toEqual(['BEGIN TRANSACTION READ ONLY', 'COMMIT']);
      expect(watched.mostAtOnce()).toBe(1);
      expect(watched.connections.size).toBe(1);
      expect(result.records.tiesByActor.answers.get('tsikhanouski')?.length).toBeGreaterThan(0);
    } finally {
      finishWrite();
      await writing;
    }
  });

  it('reads again in one transaction, not failing, when a write between its statements moves a record its page named', async () => {
    const internals = kuzu as unknown as Internals;
    const original = sampleGraph().events.find((event) => event.id === 'meeting')!;
    const redate = (date: string) =>
      kuzu.writeGraph({
        ...emptyBatch(),
        events: [{ ...original, date, dateStart: date, dateEnd: date, sortKey: `${date}|meeting` }],
      });
    const run = internals.run;
    let wrote = false;
    // After the page's keys (the meeting's old sort key) and before its events are
    // read by them, the meeting is dated anew: its sort key is no longer the one listed.
    jest.spyOn(internals, 'run').mockImplementation(async function (this: unknown, conn, name, params, text) {
      const rows = await run.call(this, conn, name, params, text);
      if (!wrote && name.startsWith('page_event_keys_by_participant')) {
        wrote = true;
        await redate('2025-06-22');
      }
      return rows;
    });
    try {
      const result = await kuzu.readPlanned([
        {
          root: {
            by: 'eventPage',
            query: { types: [], participantId: 'lukashenko', from: null, to: null, after: null, limit: 10 },
          },
          plan: {},
        },
      ]);
      expect(wrote).toBe(true);
      expect(statements).toEqual(['BEGIN TRANSACTION', 'COMMIT', 'BEGIN TRANSACTION READ ONLY', 'COMMIT']);
      expect(result.roots[0]?.ids).toEqual(['release', 'meeting']);
      expect(result.records.events.answers.get('meeting')?.map((event) => event.date)).toEqual([
        '2025-06-22',
      ]);
    } finally {
      jest.restoreAllMocks();
      await kuzu.writeGraph({ ...emptyBatch(), events: [original] });
    }
  });

  it('reads again in one transaction when a write committed between its statements, and answers one graph', async () => {
    const internals = kuzu as unknown as Internals;
    const original = sampleGraph().actors.find((actor) => actor.id === 'lukashenko')!;
    const rename = (name: string) => kuzu.writeGraph({ ...emptyBatch(), actors: [{ ...original, name }] });
    const run = internals.run;
    let wrote = false;
    // After the read's first statement (the actor by id) and before its ties, the
    // actor is renamed (a committed write).
    jest.spyOn(internals, 'run').mockImplementation(async function (this: unknown, conn, name, params, text) {
      const rows = await run.call(this, conn, name, params, text);
      if (!wrote && name === 'actors_by_ids') {
        wrote = true;
        await rename('Aliaksandr Lukashenka');
      }
      return rows;
    });
    try {
      const result = await kuzu.readPlanned([
        { root: { by: 'ids', kind: 'actor', ids: ['lukashenko'] }, plan: { ties: {} } },
      ]);
      expect(wrote).toBe(true);
      // The first pass read the old name, then the write (its own BEGIN and COMMIT) began:
      // the answer is the second pass's, in one snapshot, with the new name.
      expect(statements).toEqual(['BEGIN TRANSACTION', 'COMMIT', 'BEGIN TRANSACTION READ ONLY', 'COMMIT']);
      expect(result.records.actors.answers.get('lukashenko')?.map((actor) => actor.name)).toEqual([
        'Aliaksandr Lukashenka',
      ]);
    } finally {
      jest.restoreAllMocks();
      await rename(original.name);
    }
  });
});
