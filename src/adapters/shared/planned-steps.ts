import {
  checkPlan,
  findsByOwnId,
  keyedByOwnerId,
  relationOf,
  targetKind,
  type LookupName,
  type PlanKind,
  type PlanRecord,
  type ReadPlan,
} from '../../domain/read-plan';
import {
  ROOT_LOOKUPS,
  rootKindOf,
  type PageSlice,
  type PlannedRead,
  type PlannedReadResult,
  type PlannedRootResult,
} from '../../ports/graph-store.port';
import type { PageRoot } from './lookup-queries';
import { lookupSchedule } from './lookup-schedule';
import { PlannedRecordsBuilder } from './planned-records';

/** The reads a store runs for plans executed step by step, all in one unit of work. */
export interface StepReads {
  /** One lookup for these keys (never empty), as its by-ids port method answers it. */
  lookup(name: LookupName, keys: readonly string[]): Promise<readonly PlanRecord[]>;
  /** A root page, as the port's list method returns it. */
  page(root: PageRoot): Promise<PageSlice<PlanRecord>>;
}

/** A lookup still to run for some keys, and the plan below the records it finds. */
interface Follow {
  readonly lookup: LookupName;
  readonly keys: readonly string[];
  readonly kind: PlanKind;
  readonly below: ReadPlan;
}

/**
 * Runs planned reads for a store without subqueries, in a few statements: each
 * page first, then the lookups in the order `lookupSchedule` finds shortest,
 * each for every branch of every plan (and every root read by id) that needs
 * it at that point. Keys answered before are not read again. The number of
 * statements depends on the kinds of relations the plans follow, never on the
 * number of records.
 */
export async function readInSteps(
  reads: readonly PlannedRead[],
  source: StepReads,
): Promise<PlannedReadResult> {
  for (const read of reads) checkPlan(rootKindOf(read.root), read.plan);
  const builder = new PlannedRecordsBuilder();
  const pages = new Map<number, PageSlice<PlanRecord>>();
  let pending: Follow[] = [];
  for (const [index, read] of reads.entries()) {
    const kind = rootKindOf(read.root);
    if (read.root.by === 'ids') {
      const keys = [...new Set(read.root.ids)];
      pending.push(...startOf({ lookup: ROOT_LOOKUPS[kind], keys, kind, below: read.plan }));
      continue;
    }
    const page = await source.page(read.root);
    pages.set(index, page);
    builder.answer(ROOT_LOOKUPS[kind], page.items.map(idOf), page.items);
    pending.push(...follows(kind, read.plan, page.items));
  }

  for (const step of lookupSchedule(reads)) {
    const [now, later] = partition(pending, (follow) => follow.lookup === step);
    const keys = [...new Set(now.flatMap((follow) => follow.keys))].filter((key) => !builder.has(step, key));
    if (keys.length > 0) builder.answer(step, keys, await source.lookup(step, keys));
    pending = [...later, ...now.flatMap(advance)];
  }
  // The schedule covers every path of the plans; this only guards against a gap.
  while (pending.length > 0) {
    const [now, later] = partition(pending, (follow) => follow.lookup === pending[0]?.lookup);
    const step = (now[0] as Follow).lookup;
    const keys = [...new Set(now.flatMap((follow) => follow.keys))].filter((key) => !builder.has(step, key));
    if (keys.length > 0) builder.answer(step, keys, await source.lookup(step, keys));
    pending = [...later, ...now.flatMap(advance)];
  }

  const roots = reads.map((read, index): PlannedRootResult => {
    const page = pages.get(index);
    if (page !== undefined) {
      return { ids: page.items.map(idOf), hasMore: page.hasMore, totalCount: page.totalCount };
    }
    const lookup = ROOT_LOOKUPS[rootKindOf(read.root)];
    const asked = read.root.by === 'ids' ? [...new Set(read.root.ids)] : [];
    const ids = asked.filter((id) => builder.recordsFor(lookup, [id]).length > 0);
    return { ids, hasMore: false, totalCount: ids.length };
  });
  return { roots, records: builder.build() };

  /** The lookups below the records a follow found. */
  function advance(follow: Follow): Follow[] {
    return follows(follow.kind, follow.below, builder.recordsFor(follow.lookup, follow.keys));
  }
}

function follows(kind: PlanKind, plan: ReadPlan, owners: readonly PlanRecord[]): Follow[] {
  if (owners.length === 0) return [];
  return Object.entries(plan).flatMap(([relation, below]) => {
    const { lookup, keys } = relationOf(kind, relation);
    return startOf({
      lookup,
      keys: owners.flatMap((owner) => keys(owner as never)),
      kind: targetKind(kind, relation),
      below,
    });
  });
}

/**
 * A follow, and the relations below it that need not wait for its records: a
 * lookup by id knows the ids of what it finds before it runs, so the relations
 * keyed by those ids (the actors' ties, the events' participants) start beside
 * it. The participants' actors and their ties' far ends are then one lookup,
 * not two (lookupSchedule plans the same paths).
 */
function startOf(follow: Follow): Follow[] {
  if (!findsByOwnId(follow.lookup)) return [follow];
  const later: Record<string, ReadPlan> = {};
  const early: Follow[] = [];
  for (const [relation, below] of Object.entries(follow.below)) {
    if (!keyedByOwnerId(follow.kind, relation)) {
      later[relation] = below;
      continue;
    }
    const { lookup } = relationOf(follow.kind, relation);
    early.push(...startOf({ lookup, keys: follow.keys, kind: targetKind(follow.kind, relation), below }));
  }
  return [{ ...follow, below: later }, ...early];
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

const idOf = (record: PlanRecord): string => (record as { id: string }).id;
