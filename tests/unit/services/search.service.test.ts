import { InvalidArgumentError } from '../../../src/domain/errors';
import { MAX_SEARCH_RESULTS, SearchService } from '../../../src/services/search.service';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';
import { actorSortKey } from '../../../src/domain/text';

describe('SearchService', () => {
  let store: MemoryGraphStore;
  let search: SearchService;
  beforeEach(async () => {
    store = new MemoryGraphStore();
    await store.writeGraph(sampleGraph());
    search = new SearchService(store);
  });

  it.each([
    ['Tsikhanousky', 'tsikhanouski'],
    ['Lukashenka', 'lukashenko'],
    ['Kellog', 'kellogg'],
    ['Tikhanovskaya', 'tsikhanouskaya'],
    ['  lukašenka ', 'lukashenko'],
  ])('ranks the actor %p names first (%p)', async (text, id) => {
    const [first] = await search.search(text, 10);
    expect(first).toMatchObject({ kind: 'ACTOR', id });
  });

  it('puts name matches above every word match, scores in (0, 1]', async () => {
    const hits = await search.search('Lukashenko', 10);
    expect(hits[0]).toMatchObject({ kind: 'ACTOR', id: 'lukashenko', score: 1, matchedKey: 'lukashenko' });
    const others = hits.filter((hit) => hit.kind !== 'ACTOR');
    expect(others.map((hit) => hit.id)).toEqual(expect.arrayContaining(['meeting', 'doc-a']));
    for (const hit of others) expect(hit.score).toBeLessThanOrEqual(0.5);
    for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
    expect([...hits].sort((a, b) => b.score - a.score)).toEqual(hits);
  });

  it('finds statements, events and documents by their words', async () => {
    const hits = await search.search('sanctions', 10);
    expect(hits[0]).toMatchObject({ kind: 'STATEMENT', id: 'st-sanctions', score: 0.5 });
    expect(hits.map((hit) => `${hit.kind}:${hit.id}`)).toContain('DOCUMENT:doc-a');
    expect((await search.search('prisoners released', 10)).map((hit) => hit.id)).toContain('release');
  });

  it('also finds texts that spell a named actor another way', async () => {
    // doc-b writes "Tsikhanouski"; the query's spelling is only an alias.
    const hits = await search.search('Tykhanovsky', 10);
    expect(hits[0]).toMatchObject({ kind: 'ACTOR', id: 'tsikhanouski' });
    expect(hits.map((hit) => hit.id)).toContain('doc-b');
    expect(hits[0]!.terms).toEqual(expect.arrayContaining(['tykhanovsky', 'tsikhanouski']));
  });

  it('ignores query syntax and returns nothing for punctuation only', async () => {
    expect((await search.search('"Lukashenko" AND (Kellogg*)', 10)).map((h) => h.id)).toEqual(
      expect.arrayContaining(['lukashenko', 'kellogg']),
    );
    expect(await search.search('*** ???', 10)).toEqual([]);
  });

  it('rejects blank text and page sizes outside 1..50, and respects `first`', async () => {
    for (const text of ['', '   ', null, undefined]) {
      await expect(search.search(text, 10)).rejects.toBeInstanceOf(InvalidArgumentError);
    }
    await expect(search.search('x', 0)).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(search.search('x', MAX_SEARCH_RESULTS + 1)).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(await search.search('prisoners', 1)).toHaveLength(1);
    expect((await search.search('prisoners', null)).length).toBeLessThanOrEqual(10);
  });

  it('loads the spellings once, and again only after a write adds some', async () => {
    const aliasLinks = jest.spyOn(store, 'aliasLinks');
    await search.search('Lukashenka', 10);
    await search.search('Kellogg', 10);
    expect(aliasLinks).toHaveBeenCalledTimes(1);
    expect((await search.search('Pazniak', 10)).filter((h) => h.kind === 'ACTOR')).toEqual([]);

    const graph = sampleGraph();
    const [template] = graph.actors;
    await store.writeGraph({
      ...graph,
      actors: [
        {
          ...template!,
          id: 'pazniak',
          name: 'Zianon Pazniak',
          aliases: ['Zianon Pazniak'],
          aliasKeys: ['zianon pazniak'],
          sortKey: actorSortKey('Zianon Pazniak', 'pazniak'),
        },
      ],
    });
    expect((await search.search('Pazniak', 10))[0]).toMatchObject({ kind: 'ACTOR', id: 'pazniak' });
    expect(aliasLinks).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed load', async () => {
    const aliasLinks = jest.spyOn(store, 'aliasLinks').mockRejectedValueOnce(new Error('store down'));
    await expect(search.search('Kellogg', 10)).rejects.toThrow('store down');
    expect((await search.search('Kellogg', 10))[0]).toMatchObject({ id: 'kellogg' });
    expect(aliasLinks).toHaveBeenCalledTimes(2);
  });
});
