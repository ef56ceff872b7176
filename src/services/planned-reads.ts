import DataLoader from 'dataloader';
import type { HeavyNeeds, PlanRecord, ReadPlan } from '../domain/read-plan';
import {
  ROOT_LOOKUPS,
  rootKindOf,
  type GraphStore,
  type PageSlice,
  type PlannedRead,
  type PlannedRootResult,
  type PlanRoot,
  type RootKind,
} from '../ports/graph-store.port';
import type { GraphLoaders } from './graph-loaders';
import { cutPage, ownedPageOf, ownersRead, SIBLING_PAGES_READ_WHOLE, type OwnedPage } from './sibling-pages';

/** The store reads a root field makes: the port's own, or the request's planned reads. */
export type RootReads = Pick<
  GraphStore,
  | 'actorsByIds'
  | 'eventsByIds'
  | 'statementsByIds'
  | 'documentsByIds'
  | 'listActors'
  | 'listEvents'
  | 'listStatements'
  | 'listTies'
>;

/** A read of the batch; a nested page's (a field below a record) may be cut from its owner's relations. */
interface BatchedRead {
  readonly read: PlannedRead;
  readonly nestedPage: boolean;
}

interface RootOutcome {
  readonly records: readonly PlanRecord[];
  readonly hasMore: boolean;
  readonly totalCount: number;
}

/**
 * A request's root reads, each with the plan of what its field's selection
 * reads below it. Reads started together (the root fields of an operation
 * start in one tick) go to the store as one `readPlanned` call: one unit of
 * work for the whole request. What it finds primes the request's loaders, so
 * the nested fields are answered without another store call.
 */
export class PlannedReads {
  private readonly batch: DataLoader<BatchedRead, RootOutcome>;

  constructor(
    private readonly store: GraphStore,
    loaders: GraphLoaders,
    /** Off: root fields read through the port's own methods, and nested ones level by level. */
    private readonly enabled = true,
  ) {
    this.batch = new DataLoader<BatchedRead, RootOutcome>(
      async (batched) => {
        const reads = batched.map(({ read }) => read);
        const { storeReads, owned } = withSiblingPagesReadWhole(batched);
        const { roots, records } = await store.readPlanned(storeReads);
        loaders.prime(records);
        return reads.map((read, index): RootOutcome => {
          const page = owned.get(index);
          if (page !== undefined) {
            const { items, hasMore, totalCount } = cutPage(page, records);
            return { records: items, hasMore, totalCount };
          }
          const root = roots[storeReads.indexOf(read)] as PlannedRootResult;
          const { answers } = records[ROOT_LOOKUPS[rootKindOf(read.root)]];
          const found: (PlanRecord | undefined)[] = root.ids.map((id) => answers.get(id)?.[0]);
          return {
            records: found.filter((record): record is PlanRecord => record !== undefined),
            hasMore: root.hasMore,
            totalCount: root.totalCount,
          };
        });
      },
      { cache: false },
    );
  }

  /**
   * The root reads of a field whose records are of `kind`, each bringing what
   * `plan` asks for below them (reads of another kind, such as an existence
   * check, plan nothing below theirs). `needs` are the heavy properties the
   * whole operation reads (the same for each of its root fields, as they share
   * the loaders the reads prime); without them, whole records. `nestedPage`:
   * pages of a field below a record (an actor's ties), which, with enough
   * siblings in the batch, are cut from their owners' relations read whole.
   */
  of(kind: RootKind, plan: ReadPlan, needs?: HeavyNeeds, options: { nestedPage?: boolean } = {}): RootReads {
    if (!this.enabled) return this.store;
    const read = (root: PlanRoot) =>
      this.batch.load({
        read: { root, plan: rootKindOf(root) === kind ? plan : {}, ...(needs ? { needs } : {}) },
        nestedPage: options.nestedPage === true,
      });
    const byIds =
      <T>(rootKind: RootKind) =>
      async (ids: readonly string[]): Promise<T[]> =>
        ids.length === 0 ? [] : ((await read({ by: 'ids', kind: rootKind, ids })).records as T[]);
    const page = async <T>(root: PlanRoot): Promise<PageSlice<T>> => {
      const { records, hasMore, totalCount } = await read(root);
      return { items: records as T[], hasMore, totalCount };
    };
    return {
      actorsByIds: byIds('actor'),
      eventsByIds: byIds('event'),
      statementsByIds: byIds('statement'),
      documentsByIds: byIds('document'),
      listActors: (query) => page({ by: 'actorPage', query }),
      listEvents: (query) => page({ by: 'eventPage', query }),
      listStatements: (query) => page({ by: 'statementPage', query }),
      listTies: (query) => page({ by: 'tiePage', query }),
    };
  }
}

/**
 * The reads to send the store for a batch: each read as it is, except pages
 * of owners of which the batch has SIBLING_PAGES_READ_WHOLE or more of one
 * kind, which are replaced by one read of their owners (sibling-pages.ts) and
 * cut from it. `owned` maps each such read's index to its page.
 */
function withSiblingPagesReadWhole(batched: readonly BatchedRead[]): {
  storeReads: PlannedRead[];
  owned: Map<number, OwnedPage>;
} {
  const reads = batched.map(({ read }) => read);
  const byKind = new Map<string, { page: OwnedPage; read: PlannedRead; index: number }[]>();
  batched.forEach(({ read, nestedPage }, index) => {
    // Root fields' pages (20 aliased `events` pages of hubs) are always the store's to cut.
    if (!nestedPage) return;
    const page = ownedPageOf(read);
    if (page === null) return;
    byKind.set(page.by, [...(byKind.get(page.by) ?? []), { page, read, index }]);
  });
  const owned = new Map<number, OwnedPage>();
  const ownersReads: PlannedRead[] = [];
  for (const pages of byKind.values()) {
    if (pages.length < SIBLING_PAGES_READ_WHOLE) continue;
    for (const { page, index } of pages) owned.set(index, page);
    ownersReads.push(ownersRead(pages));
  }
  return { storeReads: [...reads.filter((_, index) => !owned.has(index)), ...ownersReads], owned };
}
