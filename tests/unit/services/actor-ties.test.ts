import { InvalidArgumentError } from '../../../src/domain/errors';
import type { TieRecord } from '../../../src/domain/graph';
import { ActorsService } from '../../../src/services/actors.service';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

describe("an actor's ties a page at a time (ActorsService.ties)", () => {
  const graph = sampleGraph();
  const template = graph.ties[0] as TieRecord;
  const tie = (id: string, type: TieRecord['type'], fields: Partial<TieRecord> = {}): TieRecord => ({
    ...template,
    id,
    type,
    sourceId: 'lukashenko',
    targetId: 'kellogg',
    ...fields,
  });
  const ties = [
    tie('t5', 'SPOUSE_OF'),
    tie('t2', 'ALLY_OF', { sourceId: 'kellogg', targetId: 'lukashenko' }),
    tie('t9', 'LEADER_OF', { until: '2024' }),
    tie('t1', 'LEADER_OF'),
    tie('t3', 'ALLY_OF'),
  ];
  let store: MemoryGraphStore;
  let actors: ActorsService;
  beforeEach(async () => {
    store = new MemoryGraphStore();
    await store.writeGraph({ ...graph, ties });
    actors = new ActorsService(store);
  });
  const open = { types: [], asOf: null };
  const ids = (page: { edges: readonly { node: TieRecord }[] }) => page.edges.map((edge) => edge.node.id);

  it('orders them by type, then id, in both directions, and pages after the cursor with the count of all', async () => {
    const first = await actors.ties('lukashenko', open, { first: 2 });
    expect(ids(first)).toEqual(['t2', 't3']);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await actors.ties('lukashenko', open, { first: 2, after: first.pageInfo.endCursor });
    expect(ids(second)).toEqual(['t1', 't9']);
    const last = await actors.ties('lukashenko', open, { first: 2, after: second.pageInfo.endCursor });
    expect(ids(last)).toEqual(['t5']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.totalCount).toBe(5);
  });

  it('reads a cursor handed out when a tab parted its type and id as the same place', async () => {
    const first = await actors.ties('lukashenko', open, { first: 2 });
    const endKey = Buffer.from(first.pageInfo.endCursor as string, 'base64url').toString('utf8');
    expect(endKey).toBe('ALLY_OF t3');
    const tabbed = Buffer.from('ALLY_OF\tt3', 'utf8').toString('base64url');
    const second = await actors.ties('lukashenko', open, { first: 2, after: tabbed });
    expect(ids(second)).toEqual(['t1', 't9']);
  });

  it('keeps its place when a tie before the cursor goes', async () => {
    const first = await actors.ties('lukashenko', open, { first: 3 });
    await store.writeGraph({ ...graph, ties: ties.filter((each) => each.id !== 't2') });
    const next = await actors.ties('lukashenko', open, { first: 3, after: first.pageInfo.endCursor });
    expect(ids(next)).toEqual(['t9', 't5']);
  });

  it('keeps the types asked and the ties in force on the day asked, and counts only them', async () => {
    const leaders = await actors.ties('lukashenko', { types: ['LEADER_OF'], asOf: null }, {});
    expect(ids(leaders)).toEqual(['t1', 't9']);
    const now = await actors.ties('lukashenko', { types: ['LEADER_OF'], asOf: '2025-06-21' }, {});
    expect(ids(now)).toEqual(['t1']);
    expect(now.totalCount).toBe(1);
  });

  it('answers an empty page for an actor without ties', async () => {
    const page = await actors.ties('shraibman', open, {});
    expect(page.edges).toEqual([]);
    expect(page.totalCount).toBe(0);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });

  it('refuses a page size out of range, a cursor it did not issue and a day that is not one', async () => {
    for (const page of [{ first: 0 }, { first: 101 }, { after: 'not a cursor' }]) {
      await expect(actors.ties('lukashenko', open, page)).rejects.toThrow(InvalidArgumentError);
    }
    await expect(actors.ties('lukashenko', { types: [], asOf: '2025-13' }, {})).rejects.toThrow(
      InvalidArgumentError,
    );
  });
});
