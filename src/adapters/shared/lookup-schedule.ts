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
const found = new Map<string, readonly LookupName[]>();
const MAX_REMEMBERED = 256;

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
 */
export function lookupSchedule(reads: readonly PlannedRead[]): readonly LookupName[] {
  const paths = distinctPaths(
    reads.flatMap((read) => {
      const kind = rootKindOf(read.root);
      return read.root.by === 'ids'
        ? pathsOf(kind, read.plan, [ROOT_LOOKUPS[kind]])
        : pathsOf(kind, read.plan, []);
    }),
  );
  const key = paths.map((path) => path.join(' ')).join('\n');
  const remembered = found.get(key);
  if (remembered !== undefined) return remembered;
  const states = paths.reduce((product, path) => product * (path.length + 1), 1);
  const schedule = states <= MAX_STATES ? shortest(paths) : greedy(paths);
  if (found.size >= MAX_REMEMBERED) found.delete(found.keys().next().value as string);
  found.set(key, schedule);
  return schedule;
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
