import { AmbiguousNameError, InvalidArgumentError } from '../domain/errors';
import { tieOfSortKey, tieSortKey, type ActorRecord, type TieRecord } from '../domain/graph';
import { nameKey } from '../domain/text';
import type { ActorKind, TieType } from '../domain/vocabulary';
import type { GraphStore } from '../ports/graph-store.port';
import { dayBound, nonBlank } from './arguments';
import type { RootReads } from './planned-reads';
import { decodeCursor, pageLimit, pageOf, toPage, type Page, type PageArgs } from './pagination';

export interface ActorFilter {
  readonly kinds?: readonly ActorKind[] | null;
  readonly name?: string | null;
}

export class ActorsService {
  constructor(private readonly store: GraphStore) {}

  /**
   * One actor by id or by any of its spellings (case- and diacritic-insensitive).
   * A spelling shared by several actors is an error that lists them, not a guess.
   * `reads` answers the root reads (a request's planned reads, or the store).
   */
  async find(
    id: string | null | undefined,
    name: string | null | undefined,
    reads: RootReads = this.store,
  ): Promise<ActorRecord | null> {
    if ((id ?? null) === null && (name ?? null) === null) {
      throw new InvalidArgumentError('give an id or a name');
    }
    if (id !== null && id !== undefined) {
      const [actor] = await reads.actorsByIds([id]);
      return actor ?? null;
    }
    const spelling = nonBlank('name', name) as string;
    const ids = await this.store.actorIdsByNameKey(nameKey(spelling));
    if (ids.length > 1) throw new AmbiguousNameError(spelling, ids);
    if (ids.length === 0) return null;
    const [actor] = await reads.actorsByIds(ids);
    return actor ?? null;
  }

  /**
   * One actor's ties in either direction, a page at a time, grouped by type
   * (type, then id: tieSortKey), with how many match; `asOf` keeps those in
   * force that day. The store cuts the page, as a hub has thousands of ties;
   * through the request's planned reads it comes with what the selection
   * reads below it, and the pages of sibling actors in one store call.
   */
  async ties(
    actorId: string,
    filter: { readonly types: readonly TieType[]; readonly asOf: string | null },
    page: PageArgs,
    reads: RootReads = this.store,
  ): Promise<Page<TieRecord>> {
    // Read in the store's one form, whichever separator the cursor was handed out with.
    const after = page.after ? tieSortKey(tieOfSortKey(decodeCursor(page.after))) : null;
    const limit = pageLimit(page.first);
    const asOf = dayBound('asOf', filter.asOf);
    const slice = await reads.listTies({ actorId, types: filter.types, asOf, after, limit });
    return pageOf(slice.items, tieSortKey, slice.hasMore, slice.totalCount, after);
  }

  async list(filter: ActorFilter, page: PageArgs, reads: RootReads = this.store): Promise<Page<ActorRecord>> {
    const after = page.after ? decodeCursor(page.after) : null;
    const name = nonBlank('filter.name', filter.name);
    const slice = await reads.listActors({
      kinds: filter.kinds ?? [],
      nameContains: name === null ? null : nameKey(name),
      after,
      limit: pageLimit(page.first),
    });
    return toPage(slice.items, slice.hasMore, slice.totalCount, after);
  }
}
