import { InvalidArgumentError, NotFoundError, StoreError, StoreTimeoutError } from '../domain/errors';
import {
  actorSummary,
  eventSummary,
  type ActorRecord,
  type DrawnPath,
  type EventRecord,
  type GraphPath,
  type NodeSummary,
  type PathStepRecord,
} from '../domain/graph';
import type { GraphStore } from '../ports/graph-store.port';
import {
  eventPasses,
  filtersEvents,
  filtersTies,
  tiePasses,
  toGraphFilter,
  type GraphFilter,
  type GraphFilterArgs,
} from './graph-filter';

/** Longest path asked for, in relationship hops (actor → event → actor is two). */
export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 20;
/**
 * Time a paths query may spend before answering. Shortest paths are cheap in
 * both stores; enumerating longer simple paths around hub actors is not, so the
 * search for next-shortest alternatives gets what is left of this budget (and
 * at least ALTERNATIVE_PATHS_MIN_MS), and the answer falls back to the shortest
 * paths when it runs out. Keeps the query interactive on large graphs.
 */
export const PATHS_BUDGET_MS = 150;
export const ALTERNATIVE_PATHS_MIN_MS = 30;
/**
 * The next-shortest search starts only if the shortest one took less than this.
 * A slow shortest-path search means a dense neighbourhood, where enumerating
 * simple paths costs many times more, and Kuzu's query timeout fires hundreds of
 * milliseconds late: starting it would only make the answer late, not better.
 */
export const ALTERNATIVE_PATHS_AFTER_MS = 50;
/**
 * How many shortest paths are read to choose the best attested among them:
 * more when a filter may turn many away. Every path read is a set of records
 * to fetch, so an unfiltered query reads a few times `first`.
 */
const FILTERED_CANDIDATES = 50;
const CANDIDATES_PER_PATH = 4;
/** The most simple paths the next-shortest search reads, however many parallel relationships repeat them. */
const MAX_SIMPLE_CANDIDATES = 800;

export interface PathsArgs {
  readonly fromId: string;
  readonly toId: string;
  readonly maxHops?: number | null;
  readonly first?: number | null;
  readonly filter?: GraphFilterArgs | null;
}

export class PathsService {
  constructor(
    private readonly store: GraphStore,
    /** Milliseconds from some fixed point; the time budget reads it. */
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The shortest paths, then the next-shortest simple ones, each node with its summary and each step with its record. */
  async paths(args: PathsArgs): Promise<DrawnPath[]> {
    const maxHops = args.maxHops ?? 4;
    const first = args.first ?? 3;
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
      throw new InvalidArgumentError(`maxHops must be between 1 and ${MAX_PATH_HOPS}`);
    }
    if (!Number.isInteger(first) || first < 1 || first > MAX_PATHS) {
      throw new InvalidArgumentError(`first must be between 1 and ${MAX_PATHS}`);
    }
    if (args.fromId === args.toId) throw new InvalidArgumentError('fromId and toId must be different actors');
    const filter = toGraphFilter(args.filter);
    const ends = await this.store.actorsByIds([args.fromId, args.toId]);
    for (const id of [args.fromId, args.toId]) {
      if (!ends.some((a) => a.id === id)) throw new NotFoundError(`no actor with id "${id}"`);
    }

    const query = { fromId: args.fromId, toId: args.toId, maxHops };
    const filtering = filtersEvents(filter) || filtersTies(filter);
    const candidateLimit = filtering ? FILTERED_CANDIDATES : first * CANDIDATES_PER_PATH;
    const started = this.now();
    const shortest = await this.store.findPaths({ ...query, mode: 'ALL_SHORTEST', limit: candidateLimit });
    const shortestMs = this.now() - started;
    // Events read to apply a filter are the ones the answer shows: read once.
    const eventsRead = new Map<string, EventRecord>();
    let candidates = await this.keep(shortest, filter, eventsRead);
    // Counted as the answer counts them: the stores find a path once per combination of parallel relationships.
    if (
      distinctPaths(candidates) < first &&
      mayHaveLongerPaths(shortest, maxHops, candidateLimit) &&
      shortestMs < ALTERNATIVE_PATHS_AFTER_MS
    ) {
      try {
        // Simple paths come shortest first, the shortest ones again among them, each
        // once per combination of parallel relationships: read more until `first`
        // distinct ones are found, the search runs dry, or the budget is spent.
        let limit = filtering ? FILTERED_CANDIDATES : shortest.length + first;
        const shortestKept = candidates;
        for (;;) {
          const alternatives = await this.store.findPaths({
            ...query,
            mode: 'SIMPLE',
            limit,
            timeoutMs: Math.max(ALTERNATIVE_PATHS_MIN_MS, PATHS_BUDGET_MS - (this.now() - started)),
          });
          // Kept at each round: a later round that runs out of time leaves these.
          candidates = [...shortestKept, ...(await this.keep(alternatives, filter, eventsRead))];
          const more = alternatives.length >= limit && limit < MAX_SIMPLE_CANDIDATES;
          if (distinctPaths(candidates) >= first || !more || this.now() - started >= PATHS_BUDGET_MS) break;
          limit = Math.min(limit * 2, MAX_SIMPLE_CANDIDATES);
        }
      } catch (error) {
        if (!(error instanceof StoreTimeoutError)) throw error;
      }
    }
    const chosen = mergeParallel(candidates)
      .sort((a, b) => compareByLengthThenSupport(a, b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .slice(0, first);
    return this.drawn(chosen, ends, eventsRead);
  }

  /**
   * The chosen paths with their nodes' summaries: one lookup per kind for all of
   * them, leaving out the two ends (read to check they exist) and the events a
   * filter already read.
   */
  private async drawn(
    paths: MergedPath[],
    ends: readonly ActorRecord[],
    eventsRead: ReadonlyMap<string, EventRecord>,
  ): Promise<DrawnPath[]> {
    const actorIds = nodeIds(paths, 'ACTOR').filter((id) => !ends.some((a) => a.id === id));
    const eventIds = nodeIds(paths, 'EVENT').filter((id) => !eventsRead.has(id));
    const [actors, events] = await Promise.all([
      actorIds.length === 0 ? [] : this.store.actorsByIds(actorIds),
      eventIds.length === 0 ? [] : this.store.eventsByIds(eventIds),
    ]);
    const nodes = new Map<string, NodeSummary>([
      ...[...ends, ...actors].map(
        (a) => [a.id, { kind: 'ACTOR', id: a.id, actor: actorSummary(a) }] as const,
      ),
      ...[...eventsRead.values(), ...events].map(
        (e) => [e.id, { kind: 'EVENT', id: e.id, event: eventSummary(e) }] as const,
      ),
    ]);
    return paths.map((path) => ({
      steps: path.parallel.map((edges) => edges[0] as PathStepRecord),
      parallel: path.parallel,
      nodes: path.nodes.map(({ id }) => {
        const node = nodes.get(id);
        if (!node) throw new StoreError(`path node ${id} is missing from the store`);
        return node;
      }),
    }));
  }

  /** Paths whose every event and tie passes the filter; events it reads go into `eventsRead`. */
  private async keep(
    paths: GraphPath[],
    filter: GraphFilter,
    eventsRead: Map<string, EventRecord>,
  ): Promise<GraphPath[]> {
    if (!filtersEvents(filter)) {
      return paths.filter((path) =>
        path.steps.every((step) => step.kind !== 'TIE' || tiePasses(step.tie, filter)),
      );
    }
    const unread = nodeIds(paths, 'EVENT').filter((id) => !eventsRead.has(id));
    if (unread.length > 0) for (const e of await this.store.eventsByIds(unread)) eventsRead.set(e.id, e);
    return paths.filter((path) =>
      path.steps.every((step) => {
        if (step.kind === 'TIE') return tiePasses(step.tie, filter);
        const event = eventsRead.get(step.participation.eventId);
        return event !== undefined && eventPasses(event, filter);
      }),
    );
  }
}

/** The distinct ids of the paths' nodes of one kind, in visiting order. */
function nodeIds(paths: readonly Pick<GraphPath, 'nodes'>[], kind: 'ACTOR' | 'EVENT'): string[] {
  return [...new Set(paths.flatMap((p) => p.nodes.filter((n) => n.kind === kind).map((n) => n.id)))];
}

/**
 * Whether a search for longer simple paths could find anything the shortest
 * search did not: not when no path exists within the bound (a longer one would
 * be a path too), nor when the shortest paths already use every hop allowed and
 * were all read.
 */
function mayHaveLongerPaths(shortest: readonly GraphPath[], maxHops: number, limit: number): boolean {
  const [first] = shortest;
  if (first === undefined) return false;
  return first.steps.length < maxHops || shortest.length >= limit;
}

/** How many paths a reader sees among these: one per sequence of nodes (mergeParallel). */
function distinctPaths(paths: readonly GraphPath[]): number {
  return new Set(paths.map((path) => path.nodes.map((node) => node.id).join('>'))).size;
}

/** Paths through the same nodes, as one: each step with every relationship found between its two nodes. */
interface MergedPath {
  /** The node ids in order: what makes two paths the same path. */
  readonly key: string;
  readonly nodes: GraphPath['nodes'];
  /** Per step, its relationships, best attested first. */
  readonly parallel: readonly (readonly PathStepRecord[])[];
}

/**
 * One path per sequence of nodes. The stores find a path once per combination
 * of relationships (CRITIC_OF and OPPOSES, each direction; a VISITOR and an
 * ENVOY participation), which a reader sees as the same path several times.
 */
function mergeParallel(paths: readonly GraphPath[]): MergedPath[] {
  const merged = new Map<string, { nodes: GraphPath['nodes']; steps: Map<string, PathStepRecord>[] }>();
  for (const path of paths) {
    const key = path.nodes.map((node) => node.id).join('>');
    let entry = merged.get(key);
    if (!entry) {
      entry = { nodes: path.nodes, steps: path.steps.map(() => new Map()) };
      merged.set(key, entry);
    }
    path.steps.forEach((step, i) => entry.steps[i]?.set(stepId(step), step));
  }
  return [...merged].map(([key, { nodes, steps }]) => ({
    key,
    nodes,
    parallel: steps.map((edges) =>
      [...edges.values()].sort(
        (a, b) => stepEvidence(b).length - stepEvidence(a).length || (stepId(a) < stepId(b) ? -1 : 1),
      ),
    ),
  }));
}

/**
 * Shorter first; among equally short paths, the best supported first: the one
 * whose weakest step has the most evidence (over all its parallel
 * relationships), then the most evidence overall. A chain is only as credible
 * as its least attested link.
 */
function compareByLengthThenSupport(a: MergedPath, b: MergedPath): number {
  const support = (path: MergedPath) =>
    path.parallel.map((edges) => new Set(edges.flatMap((edge) => stepEvidence(edge))).size);
  const [sa, sb] = [support(a), support(b)];
  const sum = (values: number[]) => values.reduce((x, y) => x + y, 0);
  return a.parallel.length - b.parallel.length || Math.min(...sb) - Math.min(...sa) || sum(sb) - sum(sa);
}

function stepEvidence(step: PathStepRecord): readonly string[] {
  return step.kind === 'TIE' ? step.tie.evidenceIds : step.participation.evidenceIds;
}

function stepId(step: PathStepRecord): string {
  return step.kind === 'TIE' ? step.tie.id : step.participation.id;
}
