import type { TieRecord } from '../domain/graph';
import { decodeCursor, encodeCursor, pageLimit, type Page, type PageArgs } from './pagination';

/**
 * Where a tie sorts among an actor's ties: by type, then id. Grouped by type,
 * as a dashboard lists them; the id keeps the order total, so a cursor names
 * one place in it whatever ties are added or removed around it.
 */
export function tieSortKey(tie: TieRecord): string {
  return `${tie.type}\t${tie.id}`;
}

/**
 * One page of an actor's ties (already filtered), in tieSortKey order, with
 * how many there are in all: a hub's hundreds of ties come a page at a time,
 * where `ties` lists them all. The ties are at hand (one lookup serves every
 * actor of the request), so the page is cut here, keyset after the cursor.
 */
export function tiePage(ties: readonly TieRecord[], page: PageArgs): Page<TieRecord> {
  const limit = pageLimit(page.first);
  const after = page.after ? decodeCursor(page.after) : null;
  const ordered = ties
    .map((tie) => ({ key: tieSortKey(tie), tie }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const later = after === null ? ordered : ordered.filter(({ key }) => key > after);
  const edges = later.slice(0, limit).map(({ key, tie }) => ({ cursor: encodeCursor(key), node: tie }));
  return {
    edges,
    pageInfo: {
      hasNextPage: later.length > limit,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: ordered.length,
  };
}
