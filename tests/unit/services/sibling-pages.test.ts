import { tieSortKey, type GraphBatch } from '../../../src/domain/graph';
import { buildGraph } from '../../../src/ingest/graph-builder';
import { readSources } from '../../../src/ingest/source-files';
import type {
  EventListQuery,
  PlannedRead,
  TieListQuery,
  UndatedMode,
} from '../../../src/ports/graph-store.port';
import { cutPage, ownedPageOf, ownersRead, type OwnedPage } from '../../../src/services/sibling-pages';
import { MemoryGraphStore } from '../../support/memory-store';
import { SEEDS_ROOT } from '../../support/seeds';

/**
 * Pages cut from their owners' relations read whole must be the pages the
 * store's list methods cut: the same items, order, next-page flag and count,
 * for every actor of the seeds, each filter and a second page.
 */
describe('sibling pages cut from their owners read whole', () => {
  let store: MemoryGraphStore;
  let graph: GraphBatch;
  beforeAll(async () => {
    graph = buildGraph(await readSources(SEEDS_ROOT));
    store = new MemoryGraphStore();
    await store.writeGraph(graph);
  });

  const cutFromOwners = async (reads: PlannedRead[]) => {
    const pages = reads.map((read) => ({ page: ownedPageOf(read) as OwnedPage, read }));
    const { records } = await store.readPlanned([ownersRead(pages)]);
    return pages.map(({ page }) => cutPage(page, records));
  };

  it("cuts every actor's tie pages as listTies does, with types, asOf and a cursor", async () => {
    const queries: TieListQuery[] = [];
    for (const actor of graph.actors) {
      for (const asOf of [null, '2020-01-01', '2025-06-21']) {
        for (const types of [[], ['LEADER_OF', 'SPOUSE_OF']] as TieListQuery['types'][]) {
          queries.push({ actorId: actor.id, types, asOf, after: null, limit: 2 });
        }
      }
    }
    const firsts = await Promise.all(queries.map((query) => store.listTies(query)));
    const seconds = queries.map((query, index) => {
      const last = firsts[index]?.items.at(-1);
      return { ...query, after: last === undefined ? null : tieSortKey(last) };
    });
    const all = [...queries, ...seconds];
    const reads = all.map((query): PlannedRead => ({ root: { by: 'tiePage', query }, plan: {} }));
    const expected = await Promise.all(all.map((query) => store.listTies(query)));
    expect(expected.some((page) => page.hasMore)).toBe(true);
    expect(await cutFromOwners(reads)).toEqual(expected);
  });

  it("cuts every actor's event pages as listEvents does, with windows and every undated mode", async () => {
    const queries: (EventListQuery & { participantId: string })[] = [];
    for (const actor of graph.actors) {
      for (const [from, to] of [
        [null, null],
        ['2025-06-01', '2025-09-30'],
        [null, '2025-01-31'],
      ] as const) {
        for (const undated of ['EXCLUDE', 'INCLUDE', 'ONLY'] as UndatedMode[]) {
          queries.push({ participantId: actor.id, types: [], from, to, undated, after: null, limit: 3 });
        }
      }
      queries.push({
        participantId: actor.id,
        types: ['MEETING'],
        from: null,
        to: null,
        after: null,
        limit: 3,
      });
    }
    const firsts = await Promise.all(queries.map((query) => store.listEvents(query)));
    const seconds = queries.map((query, index) => ({
      ...query,
      after: firsts[index]?.items.at(-1)?.sortKey ?? null,
    }));
    const all = [...queries, ...seconds];
    const reads = all.map((query): PlannedRead => ({ root: { by: 'eventPage', query }, plan: {} }));
    const expected = await Promise.all(all.map((query) => store.listEvents(query)));
    expect(expected.some((page) => page.hasMore && page.totalCount > 3)).toBe(true);
    expect(await cutFromOwners(reads)).toEqual(expected);
  });

  it('takes only pages of an owner: not a root list of all events', () => {
    const query = { types: [], participantId: null, from: null, to: null, after: null, limit: 3 };
    expect(ownedPageOf({ root: { by: 'eventPage', query }, plan: {} })).toBeNull();
  });
});
