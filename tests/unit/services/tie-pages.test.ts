import { InvalidArgumentError } from '../../../src/domain/errors';
import type { TieRecord } from '../../../src/domain/graph';
import { tiePage } from '../../../src/services/tie-pages';

const tie = (id: string, type: TieRecord['type']): TieRecord => ({
  id,
  sourceId: 'a',
  targetId: 'b',
  type,
  role: null,
  since: null,
  until: null,
  former: false,
  evidenceIds: [],
  documentIds: [],
});

describe("an actor's ties a page at a time", () => {
  const ties = [
    tie('t5', 'SPOUSE_OF'),
    tie('t2', 'ALLY_OF'),
    tie('t9', 'LEADER_OF'),
    tie('t1', 'LEADER_OF'),
    tie('t3', 'ALLY_OF'),
  ];

  it('orders them by type, then id, and pages after the cursor with the count of all', () => {
    const first = tiePage(ties, { first: 2 });
    expect(first.edges.map((edge) => edge.node.id)).toEqual(['t2', 't3']);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = tiePage(ties, { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.id)).toEqual(['t1', 't9']);
    const last = tiePage(ties, { first: 2, after: second.pageInfo.endCursor });
    expect(last.edges.map((edge) => edge.node.id)).toEqual(['t5']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.totalCount).toBe(5);
  });

  it('keeps its place when a tie before the cursor goes', () => {
    const first = tiePage(ties, { first: 3 });
    const without = ties.filter((each) => each.id !== 't2');
    const next = tiePage(without, { first: 3, after: first.pageInfo.endCursor });
    expect(next.edges.map((edge) => edge.node.id)).toEqual(['t9', 't5']);
  });

  it('answers an empty page for an actor without ties', () => {
    const page = tiePage([], {});
    expect(page.edges).toEqual([]);
    expect(page.totalCount).toBe(0);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });

  it('refuses a page size out of range and a cursor it did not issue', () => {
    expect(() => tiePage(ties, { first: 0 })).toThrow(InvalidArgumentError);
    expect(() => tiePage(ties, { first: 101 })).toThrow(InvalidArgumentError);
    expect(() => tiePage(ties, { after: 'not a cursor' })).toThrow(InvalidArgumentError);
  });
});
