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
import { lookupSchedule, PAGE_IDS, PAGES, servingStep } from './lookup-schedule';
import { PlannedRecordsBuilder } from './planned-records';

/** The reads a store runs for plans executed step by step, all in one unit of work. */
export interface StepReads {
  /** One lookup for these keys (never empty), as its by-ids port method answers it. */
  lookup(name: LookupName, keys: readonly string[]): Promise<readonly PlanRecord[]>;
  /**
   * A root page, as the port's list method returns it. A store that finds a
   * page's ids before its records (a participant's events) may tell them
   * (`idsKnown`, once, in the page's order), and the lookups keyed by them
   * start then.
   */
  page(root: PageRoot, idsKnown: (ids: readonly string[]) => void): Promise<PageSlice<PlanRecord>>;
  /**
   * How many of these reads may run at once (1: one after another). More than
   * one only where the store's statements read one graph without a shared
   * transaction, each on a connection of its own.
   */
  readonly lanes: number;
}

/** A lookup still to run for some keys, and the plan below the records it finds. */
interface Follow {
  readonly lookup: LookupName;
  readonly keys: readonly string[];
  readonly kind: PlanKind;
  readonly below: ReadPlan;
}

/**
 * Runs planned reads for a store without subqueries, in a few statements: the
 * pages, then the lookups of the schedule `lookupSchedule` finds shortest, each
 * for every branch of every plan (and every root read by id) that needs it at
 * that point. Keys answered before are not read again. The number of
 * statements depends on the kinds of relations the plans follow, never on the
 * number of records.
 *
 * With more than one lane, a step starts as soon as the steps it takes keys
 * from are done, beside others still running: the dashboard question's
 * places are read beside its participations, its actors beside the ties'
 * evidence. Each step reads the same keys as it would in order, so the
 * statements and the answer are the same either way; with one lane the steps
 * run in the schedule's order.
 */
export async function readInSteps(
  reads: readonly PlannedRead[],
  source: StepReads,
): Promise<PlannedReadResult> {
  for (const read of reads) checkPlan(rootKindOf(read.root), read.plan);
  const { steps, waitsFor } = lookupSchedule(reads);
  const builder = new PlannedRecordsBuilder();
  const pages = new Map<number, PageSlice<PlanRecord>>();
  /** Follows by the step that serves them; those no step serves wait for the end. */
  const serving = steps.map((): Follow[] => []);
  let leftOver: Follow[] = [];
  const started = new Set<number>();
  const done = new Set<number>();

  const hand = (found: readonly Follow[], after: number) => {
    for (const follow of found) {
      const step = servingStep(steps, follow.lookup, after);
      // A step never starts before those it takes keys from; this only guards against a gap.
      if (step < 0 || started.has(step)) leftOver.push(follow);
      else serving[step]?.push(follow);
    }
  };
  for (const read of reads) {
    if (read.root.by !== 'ids') continue;
    const kind = rootKindOf(read.root);
    hand(
      startOf({ lookup: ROOT_LOOKUPS[kind], keys: [...new Set(read.root.ids)], kind, below: read.plan }),
      PAGES,
    );
  }

  const pageReads = [...reads.entries()].filter(([, read]) => read.root.by !== 'ids');
  let pagesWithoutIds = pageReads.length;
  const readPages = async (wake: () => void) => {
    const read = async ([index, { root, plan }]: (typeof pageReads)[number]) => {
      const kind = rootKindOf(root);
      // The relations keyed by the records' ids, as below a lookup by id (startOf); the rest wait for the records.
      let later: ReadPlan | null = null;
      const idsKnown = (ids: readonly string[]) => {
        if (later !== null) return;
        const [records, ...early] = startOf({ lookup: ROOT_LOOKUPS[kind], keys: ids, kind, below: plan });
        later = (records as Follow).below;
        hand(early, PAGE_IDS);
        pagesWithoutIds -= 1;
        if (pagesWithoutIds === 0) done.add(PAGE_IDS);
        wake();
      };
      const page = await source.page(root as PageRoot, idsKnown);
      idsKnown(page.items.map(idOf));
      pages.set(index, page);
      builder.answer(ROOT_LOOKUPS[kind], page.items.map(idOf), page.items);
      hand(follows(kind, later ?? plan, page.items), PAGES);
    };
    await inLanes(pageReads, read, source.lanes);
  };
  const readStep = async (step: number) => {
    const lookup = steps[step] as LookupName;
    const now = serving[step] ?? [];
    const keys = [...new Set(now.flatMap((follow) => follow.keys))].filter(
      (key) => !builder.has(lookup, key),
    );
    if (keys.length > 0) builder.answer(lookup, keys, await source.lookup(lookup, keys));
    hand(now.flatMap(advance), step);
  };

  if (pageReads.length === 0) done.add(PAGES).add(PAGE_IDS);
  // Without pages, the lookups of roots read by id start at once.
  const units = pageReads.length > 0 ? [PAGES, ...steps.keys()] : [...steps.keys()];
  await runWhenReady(
    units,
    (unit) => (unit === PAGES ? [] : (waitsFor[unit] ?? [])).every((each) => done.has(each)),
    async (unit, wake) => {
      started.add(unit);
      await (unit === PAGES ? readPages(wake) : readStep(unit));
      done.add(unit);
    },
    source.lanes,
  );
  // The schedule serves every path of the plans; this only guards against a gap.
  while (leftOver.length > 0) {
    const [now, later] = partition(leftOver, (follow) => follow.lookup === leftOver[0]?.lookup);
    const step = (now[0] as Follow).lookup;
    const keys = [...new Set(now.flatMap((follow) => follow.keys))].filter((key) => !builder.has(step, key));
    if (keys.length > 0) builder.answer(step, keys, await source.lookup(step, keys));
    leftOver = [...later, ...now.flatMap(advance)];
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

/**
 * Runs units of work, at most `lanes` at once, each when `ready` says the
 * units it needs are done, the earliest ready unit first (with one lane, in
 * the order given). A unit that makes others ready before it ends calls
 * `wake`. A failure stops new units from starting; the ones running finish
 * before it is thrown, so none outlives the call.
 */
async function runWhenReady<T>(
  units: readonly T[],
  ready: (unit: T) => boolean,
  run: (unit: T, wake: () => void) => Promise<void>,
  lanes: number,
): Promise<void> {
  const waiting = [...units];
  let running = 0;
  let failed: { error: unknown } | null = null;
  await new Promise<void>((resolve, reject) => {
    const next = () => {
      if (failed === null) {
        for (let index = 0; index < waiting.length && running < Math.max(1, lanes);) {
          const unit = waiting[index] as T;
          if (!ready(unit)) {
            index += 1;
            continue;
          }
          waiting.splice(index, 1);
          running += 1;
          run(unit, () => queueMicrotask(next))
            .catch((error: unknown) => {
              failed ??= { error };
            })
            .finally(() => {
              running -= 1;
              next();
            });
        }
      }
      if (running > 0) return;
      if (failed !== null) reject(failed.error);
      // Nothing running and nothing ready: every unit ran (each waits only for earlier ones).
      else resolve();
    };
    next();
  });
}

/** Runs `work` for each item, at most `lanes` at once. */
async function inLanes<T>(
  items: readonly T[],
  work: (item: T) => Promise<void>,
  lanes: number,
): Promise<void> {
  await runWhenReady(items, () => true, work, lanes);
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
