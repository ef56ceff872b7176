import type { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import { kuzuSuiteStore } from '../support/kuzu-suite-store';
import { sampleGraph } from '../support/sample-graph';

/**
 * A planned read of one record by id with nothing below it (`actor(id) { name }`)
 * is one statement, which Kuzu runs in a read-only transaction of its own: the
 * adapter sends no BEGIN and COMMIT for it (two more trips through Kuzu's
 * worker threads, about half of what the lookup costs). Anything more keeps its
 * one read-only transaction, so that its statements read one snapshot.
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
    const internals = kuzu as unknown as { exec: (conn: unknown, statement: string) => Promise<void> };
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

  it('reads an actor with its ties in one read-only transaction', async () => {
    const result = await kuzu.readPlanned([
      { root: { by: 'ids', kind: 'actor', ids: ['lukashenko'] }, plan: { ties: {} } },
    ]);
    expect(result.roots[0]?.ids).toEqual(['lukashenko']);
    expect(statements).toEqual(['BEGIN TRANSACTION READ ONLY', 'COMMIT']);
  });

  it('reads two actors by id in one read-only transaction', async () => {
    await kuzu.readPlanned([
      { root: { by: 'ids', kind: 'actor', ids: ['lukashenko', 'kellogg'] }, plan: {} },
    ]);
    expect(statements).toEqual(['BEGIN TRANSACTION READ ONLY', 'COMMIT']);
  });
});
