import { AmbiguousNameError, InvalidArgumentError } from '../../../src/domain/errors';
import { ActorsService } from '../../../src/services/actors.service';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE } from '../../../src/services/pagination';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

describe('ActorsService', () => {
  let store: MemoryGraphStore;
  let actors: ActorsService;
  beforeEach(async () => {
    store = new MemoryGraphStore();
    await store.writeGraph(sampleGraph());
    actors = new ActorsService(store);
  });

  it.each(['Tsikhanouski', 'Tikhanovsky', 'TYKHANOVSKY', ' tsikhanoŭski '])(
    'finds the same actor by the spelling %p',
    async (name) => {
      expect((await actors.find(null, name))?.id).toBe('tsikhanouski');
    },
  );

  it('finds the wife as a different actor and nothing for an unknown name', async () => {
    expect((await actors.find(null, 'Svitlana Tykhanovsky'))?.id).toBe('tsikhanouskaya');
    expect(await actors.find(null, 'Nobody')).toBeNull();
    expect(await actors.find('ghost', null)).toBeNull();
  });

  it('refuses to guess when a spelling names two actors', async () => {
    const graph = sampleGraph();
    await store.writeGraph({
      ...graph,
      actors: graph.actors.map((a) =>
        a.id === 'kellogg' ? { ...a, aliasKeys: [...a.aliasKeys, 'lukashenko'] } : a,
      ),
    });
    await expect(actors.find(null, 'Lukashenko')).rejects.toBeInstanceOf(AmbiguousNameError);
  });

  it('needs an id or a name, and rejects a blank name', async () => {
    await expect(actors.find(null, null)).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(actors.find(null, '   ')).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it('pages with opaque cursors that continue where the last page ended', async () => {
    const first = await actors.list({}, { first: 2 });
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await actors.list({}, { first: 2, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const seen = [...first.edges, ...second.edges].map((e) => e.node.id);
    expect(new Set(seen).size).toBe(4);
  });

  it('rejects page sizes outside 1..MAX_PAGE_SIZE and foreign cursors', async () => {
    await expect(actors.list({}, { first: 0 })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(actors.list({}, { first: MAX_PAGE_SIZE + 1 })).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(actors.list({}, { after: 'not a cursor!' })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(decodeCursor(encodeCursor('a|b'))).toBe('a|b');
  });
});
