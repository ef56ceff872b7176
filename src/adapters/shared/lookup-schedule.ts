import {
  findsByOwnId,
  keyedByOwnerId,
  relationOf,
  targetKind,
  type LookupName,
  type PlanKind,
  type ReadPlan,
} from '../../domain/read-plan';
import { ROOT_LOOKUPS, rootKindOf, type PlannedRead } from '../../ports/graph-store.port';

/** Beyond this many states (about a millisecond of search) the exact search gives way to a greedy merge. */
const MAX_STATES = 5_000;
/** Schedules found, by their paths: a request's plans repeat with its query. */
const found = new Map<string, LookupSchedule>();
const MAX_REMEMBERED = 256;

/** What `waitsFor` names for the pages of the planned reads (read before any lookup that needs their records). */
export const PAGES = -1;
/**
 * What `waitsFor` names for the ids of the pages' records, known before the
 * records where a page is read as ids first (a participant's events): the
 * relations keyed by those ids (the events' participants) need no more.
 */
export const PAGE_IDS = -2;

/**
 * The lookups of planned reads in the order a store without subqueries runs
 * them, and what each waits for: the positions (or PAGES) whose records give
 * it keys. A lookup waits for nothing else, so one whose keys are known may
 * run beside earlier ones still running (the events' places beside their
 * participations).
 */
export interface LookupSchedule {
  readonly steps: readonly LookupName[];
  /** For each step, the earlier steps (and PAGES) it takes keys from. */
  readonly waitsFor: readonly (readonly number[])[];
}

/**
 * The order in which a store without subqueries runs the lookups of planned
 * reads: a shortest sequence of lookups in which every path of the plans (a
 * root read by id, then each relation below it) appears in order, i.e. their
 * shortest common supersequence. Run in that order, each lookup serves every
 * branch of every plan that needs it at that point: for the dashboard question
 * the actors of an event's participants and the actor asked by id are read
 * together, and so are the ties of both. Pages are read before, so their paths
 * start below them.
 *
 * Found by breadth-first search over how far each path has got (hundreds of
 * states for the API's usual questions, remembered per set of paths); a plan
 * too wide for that is merged greedily, the lookup next on the most and
 * longest paths first.
 *
 * Each step of a path is served by the first step of the schedule after the
 * one that served the step before it (that is how records found at a step
 * make keys for the next lookup of their kind), so a step waits for exactly
 * the steps that served the steps before it on some path.
 */
export function lookupSchedule(reads: readonly PlannedRead[]): LookupSchedule {
  const origins = reads.flatMap((read): Origin[] => {
    const kind = rootKindOf(read.root);
    if (read.root.by === 'ids') {
      return pathsOf(kind, read.plan, [ROOT_LOOKUPS[kind]]).map((path) => ({ path, after: null }));
    }
    return Object.entries(read.plan).flatMap(([relation, below]) =>
      pathsOf(kind, { [relation]: below }, []).map((path) => ({
        path,
        after: keyedByOwnerId(kind, relation) ? PAGE_IDS : PAGES,
      })),
    );
  });
  const key = origins.map(({ path, after }) => `${after ?? ''} ${path.join(' ')}`).join('\n');
  const remembered = found.get(key);
  if (remembered !== undefined) return remembered;
  const paths = distinctPaths(origins.map(({ path }) => path));
  const states = paths.reduce((product, path) => product * (path.length + 1), 1);
  const steps = states <= MAX_STATES ? shortest(paths) : greedy(paths);
  const schedule = { steps, waitsFor: waitsOf(steps, origins) };
  if (found.size >= MAX_REMEMBERED) found.delete(found.keys().next().value as string);
  found.set(key, schedule);
  return schedule;
}

/**
 * A path of lookups, and what gives keys to its first: a page's ids
 * (PAGE_IDS), its records (PAGES), or the ids of a root read by id (null).
 */
interface Origin {
  readonly path: LookupName[];
  readonly after: number | null;
}

/** The step of the schedule that serves a lookup whose keys step `after` (a root or the pages: below 0) found. */
export function servingStep(steps: readonly LookupName[], lookup: LookupName, after: number): number {
  return steps.indexOf(lookup, Math.max(0, after + 1));
}

function waitsOf(steps: readonly LookupName[], origins: readonly Origin[]): number[][] {
  const waits = steps.map(() => new Set<number>());
  for (const { path, after } of origins) {
    let previous = after;
    for (const lookup of path) {
      const step = servingStep(steps, lookup, previous ?? -1);
      if (step < 0) break;
      if (previous !== null) waits[step]?.add(previous);
      previous = step;
    }
  }
  return waits.map((each) => [...each].sort((a, b) => a - b));
}

/**
 * The paths of lookups below a prefix. Below a lookup by id, a relation keyed
 * by the owner's id starts beside that lookup rather than after it (see
 * readInSteps), so its path leaves the lookup out, and the lookup keeps a path
 * of its own.
 */
function pathsOf(kind: PlanKind, plan: ReadPlan, prefix: readonly LookupName[]): LookupName[][] {
  const relations = Object.entries(plan);
  if (relations.length === 0) return prefix.length > 0 ? [[...prefix]] : [];
  const last = prefix.at(-1);
  const byId = last !== undefined && findsByOwnId(last);
  const paths = relations.flatMap(([relation, below]) => {
    const from = byId && keyedByOwnerId(kind, relation) ? prefix.slice(0, -1) : prefix;
    return pathsOf(targetKind(kind, relation), below, [...from, relationOf(kind, relation).lookup]);
  });
  return byId ? [[...prefix], ...paths] : paths;
}

/** Without repeats, and without paths that are the start of another (its supersequence covers them). */
function distinctPaths(paths: readonly LookupName[][]): LookupName[][] {
  const keyed = new Map(paths.map((path) => [path.join(' '), path]));
  return [...keyed]
    .filter(([key]) => ![...keyed.keys()].some((other) => other !== key && other.startsWith(`${key} `)))
    .map(([, path]) => path);
}

/** Advances every path whose next lookup is `step`. */
function advance(paths: readonly LookupName[][], at: readonly number[], step: LookupName): number[] {
  return at.map((position, index) => (paths[index]?.[position] === step ? position + 1 : position));
}

function nextSteps(paths: readonly LookupName[][], at: readonly number[]): LookupName[] {
  const steps = new Set<LookupName>();
  at.forEach((position, index) => {
    const step = paths[index]?.[position];
    if (step !== undefined) steps.add(step);
  });
  return [...steps].sort();
}

function shortest(paths: readonly LookupName[][]): LookupName[] {
  const start = paths.map(() => 0);
  const came = new Map<string, { from: string; step: LookupName } | null>([[start.join(','), null]]);
  let frontier: number[][] = [start];
  while (frontier.length > 0) {
    const next: number[][] = [];
    for (const at of frontier) {
      const key = at.join(',');
      if (at.every((position, index) => position === paths[index]?.length)) return stepsTo(came, key);
      for (const step of nextSteps(paths, at)) {
        const moved = advance(paths, at, step);
        const movedKey = moved.join(',');
        if (came.has(movedKey)) continue;
        came.set(movedKey, { from: key, step });
        next.push(moved);
      }
    }
    frontier = next;
  }
  return [];
}

function stepsTo(
  came: ReadonlyMap<string, { from: string; step: LookupName } | null>,
  key: string,
): LookupName[] {
  const steps: LookupName[] = [];
  for (let link = came.get(key); link; link = came.get(link.from)) steps.push(link.step);
  return steps.reverse();
}

function greedy(paths: readonly LookupName[][]): LookupName[] {
  const steps: LookupName[] = [];
  let at = paths.map(() => 0);
  for (;;) {
    const candidates = nextSteps(paths, at);
    if (candidates.length === 0) return steps;
    const weight = (step: LookupName) =>
      at.reduce(
        (sum, position, index) =>
          paths[index]?.[position] === step ? sum + ((paths[index]?.length ?? 0) - position) : sum,
        0,
      );
    const best = candidates.reduce((a, b) => (weight(b) > weight(a) ? b : a));
    steps.push(best);
    at = advance(paths, at, best);
  }
}
