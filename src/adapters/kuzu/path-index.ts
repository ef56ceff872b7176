import { StoreTimeoutError } from '../../domain/errors';

/**
 * An in-memory adjacency of the actor graph (participations and ties, both
 * directions) for path searches on the embedded store.
 *
 * Why: Kuzu 0.11 finds shortest-path lengths quickly, but materialising the
 * paths (`nodes(p)`, `rels(p)`) costs a fixed 200–400 ms at 1M relationships,
 * and its query timeout cannot stop a simple-path enumeration promptly. Over a
 * compressed adjacency (typed arrays, a few bytes per relationship), a
 * bidirectional breadth-first search answers in milliseconds and a deadline is
 * checked exactly. The index holds ids only; the records on the paths found are
 * then read from the store.
 *
 * Nodes are numbered actors first, then events; every relationship appears in
 * the adjacency of both its ends.
 */
export interface IndexedParticipation {
  readonly id: string;
  readonly actorId: string;
  readonly eventId: string;
}

export interface IndexedTie {
  readonly id: string;
  readonly sourceId: string;
  readonly targetId: string;
}

export type IndexedEdge =
  ({ readonly kind: 'PARTICIPATION' } & IndexedParticipation) | ({ readonly kind: 'TIE' } & IndexedTie);

/** A path as ids: nodes[i] and nodes[i + 1] are joined by edges[i]. */
export interface IndexedPath {
  readonly nodes: readonly { readonly id: string; readonly kind: 'ACTOR' | 'EVENT' }[];
  readonly edges: readonly IndexedEdge[];
}

/** How often the simple-path enumeration looks at the clock. */
const DEADLINE_CHECK_EVERY = 1024;

export class PathIndex {
  private constructor(
    private readonly actorIds: readonly string[],
    private readonly eventIds: readonly string[],
    private readonly actorIndex: ReadonlyMap<string, number>,
    private readonly eventIndex: ReadonlyMap<string, number>,
    /** CSR: the neighbours of node n are neighbours[offsets[n] .. offsets[n + 1]). */
    private readonly offsets: Int32Array,
    private readonly neighbours: Int32Array,
    /** The relationship behind each adjacency entry: participation i, or tie (participationCount + i). */
    private readonly edgeOf: Int32Array,
    /** Each relationship's ends as stored: actor and event, or source and target. */
    private readonly endA: Int32Array,
    private readonly endB: Int32Array,
    private readonly participationIds: readonly string[],
    private readonly tieIds: readonly string[],
  ) {}

  static build(participations: Iterable<IndexedParticipation>, ties: Iterable<IndexedTie>): PathIndex {
    const actorIndex = new Map<string, number>();
    const actorIds: string[] = [];
    const actor = (id: string): number => {
      let at = actorIndex.get(id);
      if (at === undefined) {
        at = actorIds.push(id) - 1;
        actorIndex.set(id, at);
      }
      return at;
    };
    const eventIndex = new Map<string, number>();
    const eventIds: string[] = [];
    const event = (id: string): number => {
      let at = eventIndex.get(id);
      if (at === undefined) {
        at = eventIds.push(id) - 1;
        eventIndex.set(id, at);
      }
      return at;
    };
    // Ends of each relationship, events numbered after all actors once both are known.
    const ends: number[] = [];
    const participationIds: string[] = [];
    const participationEvents: number[] = [];
    for (const p of participations) {
      participationIds.push(p.id);
      ends.push(actor(p.actorId));
      participationEvents.push(event(p.eventId));
    }
    const tieIds: string[] = [];
    const tieEnds: number[] = [];
    for (const t of ties) {
      tieIds.push(t.id);
      tieEnds.push(actor(t.sourceId), actor(t.targetId));
    }
    const actorCount = actorIds.length;
    const nodeCount = actorCount + eventIds.length;
    const edgeCount = participationIds.length + tieIds.length;
    const endA = new Int32Array(edgeCount);
    const endB = new Int32Array(edgeCount);
    participationIds.forEach((_, i) => {
      endA[i] = ends[i] as number;
      endB[i] = actorCount + (participationEvents[i] as number);
    });
    tieIds.forEach((_, i) => {
      endA[participationIds.length + i] = tieEnds[2 * i] as number;
      endB[participationIds.length + i] = tieEnds[2 * i + 1] as number;
    });

    const offsets = new Int32Array(nodeCount + 1);
    for (let e = 0; e < edgeCount; e++) {
      (offsets[(endA[e] as number) + 1] as number)++;
      (offsets[(endB[e] as number) + 1] as number)++;
    }
    for (let n = 0; n < nodeCount; n++) offsets[n + 1] = (offsets[n + 1] as number) + (offsets[n] as number);
    const fill = offsets.slice(0, nodeCount);
    const neighbours = new Int32Array(2 * edgeCount);
    const edgeOf = new Int32Array(2 * edgeCount);
    for (let e = 0; e < edgeCount; e++) {
      const a = endA[e] as number;
      const b = endB[e] as number;
      const atA = (fill[a] as number)++;
      neighbours[atA] = b;
      edgeOf[atA] = e;
      const atB = (fill[b] as number)++;
      neighbours[atB] = a;
      edgeOf[atB] = e;
    }
    return new PathIndex(
      actorIds,
      eventIds,
      actorIndex,
      eventIndex,
      offsets,
      neighbours,
      edgeOf,
      endA,
      endB,
      participationIds,
      tieIds,
    );
  }

  /** How many relationships a node has (0 if unknown): what following it costs. */
  degree(kind: 'ACTOR' | 'EVENT', id: string): number {
    const at = kind === 'ACTOR' ? this.actorIndex.get(id) : this.eventIndex.get(id);
    if (at === undefined) return 0;
    const node = kind === 'ACTOR' ? at : this.actorIds.length + at;
    return (this.offsets[node + 1] as number) - (this.offsets[node] as number);
  }

  get relationshipCount(): number {
    return this.participationIds.length + this.tieIds.length;
  }

  /**
   * Every shortest path between two actors within `maxHops`, at most `limit`:
   * a breadth-first search from both ends, always growing the side whose
   * frontier has fewer relationships to follow, so a hub is crossed only when
   * there is no cheaper way.
   */
  allShortest(fromId: string, toId: string, maxHops: number, limit: number): IndexedPath[] {
    const from = this.actorIndex.get(fromId);
    const to = this.actorIndex.get(toId);
    if (from === undefined || to === undefined || from === to || limit <= 0) return [];
    const nodeCount = this.offsets.length - 1;
    const side = (start: number): { dist: Int8Array; frontier: number[]; depth: number } => {
      const dist = new Int8Array(nodeCount).fill(-1);
      dist[start] = 0;
      return { dist, frontier: [start], depth: 0 };
    };
    const sides = [side(from), side(to)] as const;

    while (sides[0].depth + sides[1].depth < maxHops) {
      const [grow, other] =
        this.frontierCost(sides[0].frontier) <= this.frontierCost(sides[1].frontier)
          ? [sides[0], sides[1]]
          : [sides[1], sides[0]];
      const next: number[] = [];
      const meeting: number[] = [];
      for (const node of grow.frontier) {
        for (let k = this.offsets[node] as number; k < (this.offsets[node + 1] as number); k++) {
          const neighbour = this.neighbours[k] as number;
          if (grow.dist[neighbour] !== -1) continue;
          grow.dist[neighbour] = grow.depth + 1;
          next.push(neighbour);
          if (other.dist[neighbour] !== -1) meeting.push(neighbour);
        }
      }
      grow.depth++;
      grow.frontier = next;
      if (meeting.length > 0) return this.joinAt(meeting, sides[0].dist, sides[1].dist, limit);
      if (next.length === 0) return [];
    }
    return [];
  }

  /**
   * Simple paths (no node twice) within `maxHops`, shortest first, at most
   * `limit`. Depth-first from one end, cutting every branch that can no longer
   * reach the other end in the hops left (distances from that end are computed
   * first). Throws StoreTimeoutError once `deadline` (by `now`) has passed.
   */
  simple(
    fromId: string,
    toId: string,
    maxHops: number,
    limit: number,
    deadline: number,
    now: () => number = () => performance.now(),
  ): IndexedPath[] {
    const from = this.actorIndex.get(fromId);
    const to = this.actorIndex.get(toId);
    if (from === undefined || to === undefined || from === to || limit <= 0) return [];
    // Branches are cut by their distance to the end, which never needs to
    // exceed maxHops - 1; the widest level of the search is thus left out.
    const toTarget = this.distancesFrom(to, maxHops - 1);
    const fromDistance = this.distanceThroughNeighbours(from, toTarget, maxHops);
    if (fromDistance === -1) return [];

    const found: IndexedPath[] = [];
    const onPath = new Uint8Array(this.offsets.length - 1);
    const nodes: number[] = [from];
    const edges: number[] = [];
    let steps = 0;
    onPath[from] = 1;
    const walk = (node: number, hopsLeft: number): void => {
      if (found.length >= limit) return;
      if (++steps % DEADLINE_CHECK_EVERY === 0 && now() > deadline) {
        throw new StoreTimeoutError('the simple-path search ran out of time');
      }
      if (node === to) {
        if (hopsLeft === 0) found.push(this.toPath(nodes, edges));
        return;
      }
      for (let k = this.offsets[node] as number; k < (this.offsets[node + 1] as number); k++) {
        const next = this.neighbours[k] as number;
        const distance = toTarget[next] as number;
        if (onPath[next] || distance === -1 || distance > hopsLeft - 1) continue;
        onPath[next] = 1;
        nodes.push(next);
        edges.push(this.edgeOf[k] as number);
        walk(next, hopsLeft - 1);
        nodes.pop();
        edges.pop();
        onPath[next] = 0;
        if (found.length >= limit) return;
      }
    };
    // One pass per length, so the shortest come first.
    for (let length = Math.max(1, fromDistance); length <= maxHops && found.length < limit; length++) {
      walk(from, length);
    }
    return found;
  }

  /** A node's distance to the end, known or one more than its nearest neighbour's; -1 beyond maxHops. */
  private distanceThroughNeighbours(node: number, dist: Int8Array, maxHops: number): number {
    const known = dist[node] as number;
    if (known !== -1) return known;
    let nearest = -1;
    for (let k = this.offsets[node] as number; k < (this.offsets[node + 1] as number); k++) {
      const d = dist[this.neighbours[k] as number] as number;
      if (d !== -1 && (nearest === -1 || d < nearest)) nearest = d;
    }
    return nearest === -1 || nearest + 1 > maxHops ? -1 : nearest + 1;
  }

  /** Relationships a frontier would follow: its cost to expand. */
  private frontierCost(frontier: readonly number[]): number {
    let cost = 0;
    for (const node of frontier) cost += (this.offsets[node + 1] as number) - (this.offsets[node] as number);
    return cost;
  }

  /** Hop distances from `start`, -1 beyond `maxDepth`. */
  private distancesFrom(start: number, maxDepth: number): Int8Array {
    const dist = new Int8Array(this.offsets.length - 1).fill(-1);
    dist[start] = 0;
    let frontier = [start];
    for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const node of frontier) {
        for (let k = this.offsets[node] as number; k < (this.offsets[node + 1] as number); k++) {
          const neighbour = this.neighbours[k] as number;
          if (dist[neighbour] === -1) {
            dist[neighbour] = depth + 1;
            next.push(neighbour);
          }
        }
      }
      frontier = next;
    }
    return dist;
  }

  /**
   * The shortest paths through the nodes where both searches met: every way
   * back to the start along decreasing distance from it, joined to every way on
   * to the end along decreasing distance from the end.
   */
  private joinAt(meeting: number[], fromStart: Int8Array, fromEnd: Int8Array, limit: number): IndexedPath[] {
    const paths: IndexedPath[] = [];
    const halves = (node: number, dist: Int8Array): { nodes: number[]; edges: number[] }[] => {
      const depth = dist[node] as number;
      if (depth === 0) return [{ nodes: [node], edges: [] }];
      const result: { nodes: number[]; edges: number[] }[] = [];
      for (let k = this.offsets[node] as number; k < (this.offsets[node + 1] as number); k++) {
        const previous = this.neighbours[k] as number;
        if (dist[previous] !== depth - 1) continue;
        for (const half of halves(previous, dist)) {
          result.push({ nodes: [...half.nodes, node], edges: [...half.edges, this.edgeOf[k] as number] });
          if (result.length >= limit) return result;
        }
      }
      return result;
    };
    for (const node of [...meeting].sort((a, b) => a - b)) {
      for (const head of halves(node, fromStart)) {
        for (const tail of halves(node, fromEnd)) {
          const nodes = [...head.nodes, ...tail.nodes.slice(0, -1).reverse()];
          const edges = [...head.edges, ...[...tail.edges].reverse()];
          paths.push(this.toPath(nodes, edges));
          if (paths.length >= limit) return paths;
        }
      }
    }
    return paths;
  }

  private toPath(nodes: readonly number[], edges: readonly number[]): IndexedPath {
    const actorCount = this.actorIds.length;
    return {
      nodes: nodes.map((n) => ({
        id: this.nodeId(n),
        kind: n < actorCount ? ('ACTOR' as const) : ('EVENT' as const),
      })),
      edges: edges.map((e) => this.edge(e)),
    };
  }

  private edge(e: number): IndexedEdge {
    const a = this.nodeId(this.endA[e] as number);
    const b = this.nodeId(this.endB[e] as number);
    const participations = this.participationIds.length;
    if (e < participations) {
      return { kind: 'PARTICIPATION', id: this.participationIds[e] as string, actorId: a, eventId: b };
    }
    return { kind: 'TIE', id: this.tieIds[e - participations] as string, sourceId: a, targetId: b };
  }

  private nodeId(n: number): string {
    const actorCount = this.actorIds.length;
    return (n < actorCount ? this.actorIds[n] : this.eventIds[n - actorCount]) as string;
  }
}
