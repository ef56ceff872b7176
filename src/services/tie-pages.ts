import type { TieRecord } from '../domain/graph';
import { pageInMemory, type Page, type PageArgs } from './pagination';

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
  const ordered = [...ties].sort((a, b) => {
    const [keyA, keyB] = [tieSortKey(a), tieSortKey(b)];
    return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
  });
  return pageInMemory(ordered, tieSortKey, page);
}
