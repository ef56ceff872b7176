import type { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import { PropertyNotReadError, type HeavyNeeds } from '../../src/domain/read-plan';
import { kuzuSuiteStore } from '../support/kuzu-suite-store';
import { sampleGraph } from '../support/sample-graph';

/**
 * Kuzu reads only the columns a statement returns, so a planned lookup leaves
 * out the heavy properties (lists, full texts) no read of the call needs: the
 * statement it runs does not return them, and the records it answers throw on
 * reading them. Every other property is as the by-ids read has it.
 */
describe('Kuzu: planned lookups without the heavy properties no read needs', () => {
  const suiteStore = kuzuSuiteStore('slim', sampleGraph);
  let kuzu: KuzuGraphStore;
  let texts: string[];

  beforeAll(() => {
    kuzu = suiteStore();
  });
  beforeEach(() => {
    texts = [];
    const internals = kuzu as unknown as {
      run: (conn: unknown, name: string, params: unknown, text?: string) => Promise<unknown>;
    };
    const run = internals.run;
    jest.spyOn(internals, 'run').mockImplementation(function (this: unknown, conn, name, params, text) {
      if (name === 'actors_by_ids') texts.push(text ?? '');
      return run.call(this, conn, name, params, text);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  const nameOnly: HeavyNeeds = { actor: [], event: [], document: [], place: [] };

  it('does not return an actor list column no field reads, and says so on reading it', async () => {
    const [whole] = await kuzu.actorsByIds(['lukashenko']);
    texts = [];
    const result = await kuzu.readPlanned([
      { root: { by: 'ids', kind: 'actor', ids: ['lukashenko'] }, plan: {}, needs: nameOnly },
    ]);
    const actor = result.records.actors.answers.get('lukashenko')?.[0];
    expect(actor?.name).toBe(whole?.name);
    expect(actor?.kind).toBe(whole?.kind);
    expect(actor?.sortKey).toBe(whole?.sortKey);
    expect(() => actor?.aliases).toThrow(PropertyNotReadError);
    expect(() => actor?.description).toThrow(PropertyNotReadError);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/a\.name/);
    expect(texts[0]).not.toMatch(/aliases|aliasKeys|description|evidenceIds/);
  });

  it('returns what a read needs, and whole records when a read says nothing of its needs', async () => {
    const [whole] = await kuzu.actorsByIds(['lukashenko']);
    const withAliases = await kuzu.readPlanned([
      {
        root: { by: 'ids', kind: 'actor', ids: ['lukashenko'] },
        plan: {},
        needs: { ...nameOnly, actor: ['aliases'] },
      },
    ]);
    const slim = withAliases.records.actors.answers.get('lukashenko')?.[0];
    expect(slim?.aliases).toEqual(whole?.aliases);
    expect(() => slim?.evidenceIds).toThrow(PropertyNotReadError);

    const unsaid = await kuzu.readPlanned([
      { root: { by: 'ids', kind: 'actor', ids: ['lukashenko'] }, plan: {}, needs: nameOnly },
      { root: { by: 'ids', kind: 'actor', ids: ['lukashenko'] }, plan: {} },
    ]);
    expect(unsaid.records.actors.answers.get('lukashenko')?.[0]).toEqual(whole);
  });
});
