import DataLoader from 'dataloader';
import type { HeavyNeeds, PlanRecord, ReadPlan } from '../domain/read-plan';
import {
  ROOT_LOOKUPS,
  rootKindOf,
  type GraphStore,
  type PageSlice,
  type PlannedRead,
  type PlanRoot,
  type RootKind,
} from '../ports/graph-store.port';
import type { GraphLoaders } from './graph-loaders';

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
  private readonly batch: DataLoader<PlannedRead, RootOutcome>;

  constructor(
    private readonly store: GraphStore,
    loaders: GraphLoaders,
    /** Off: root fields read through the port's own methods, and nested ones level by level. */
    private readonly enabled = true,
  ) {
    this.batch = new DataLoader<PlannedRead, RootOutcome>(
      async (reads) => {
        const { roots, records } = await store.readPlanned(reads);
        loaders.prime(records);
        return roots.map((root, index) => {
          const { answers } = records[ROOT_LOOKUPS[rootKindOf((reads[index] as PlannedRead).root)]];
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
   * the loaders the reads prime); without them, whole records.
   */
  of(kind: RootKind, plan: ReadPlan, needs?: HeavyNeeds): RootReads {
    if (!this.enabled) return this.store;
    const read = (root: PlanRoot) =>
      this.batch.load({ root, plan: rootKindOf(root) === kind ? plan : {}, ...(needs ? { needs } : {}) });
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
