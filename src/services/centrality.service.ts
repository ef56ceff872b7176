import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { InvalidArgumentError } from '../domain/errors';
import type { ActorEdgeRecord, GraphStore } from '../ports/graph-store.port';

export const CENTRALITY_METRICS = ['DEGREE', 'PAGERANK', 'BETWEENNESS'] as const;
export type CentralityMetric = (typeof CENTRALITY_METRICS)[number];

export const DEFAULT_CENTRALITY_TOP = 10;
export const MAX_CENTRALITY_TOP = 100;

export interface CentralityScoreRecord {
  readonly actorId: string;
  readonly score: number;
  /** 1 for the most central; equal scores are ranked by actor id. */
  readonly rank: number;
}

/** Scores equal to this many decimals are a tie (iterative metrics differ in the last bits). */
const PRECISION = 1e9;

/**
 * Centrality over the actor graph: one node per actor with at least one
 * connection, one undirected edge per pair of actors that took part in the same
 * event or are tied, weighted by how many shared events and ties join them.
 *
 * - DEGREE: how many other actors an actor is connected to, as a share of all
 *   other actors (graphology's normalised degree; weights ignored).
 * - PAGERANK: weighted PageRank (α 0.85), so repeated co-participation counts more.
 * - BETWEENNESS: normalised betweenness over unweighted shortest paths (Brandes):
 *   how often an actor lies between two others.
 *
 * The metrics come from graphology-metrics. Results are cached per process and
 * keyed by the store's participation and tie counts, read at every call: writes
 * only add those, so a changed count means a changed graph and a recomputation.
 */
export class CentralityService {
  private cached: {
    readonly version: string;
    readonly scores: Map<CentralityMetric, Promise<CentralityScoreRecord[]>>;
    readonly edges: Promise<ActorEdgeRecord[]>;
  } | null = null;

  constructor(private readonly store: GraphStore) {}

  async top(metric: CentralityMetric, top: number | null | undefined): Promise<CentralityScoreRecord[]> {
    if (!CENTRALITY_METRICS.includes(metric))
      throw new InvalidArgumentError(`unknown metric ${String(metric)}`);
    const limit = top ?? DEFAULT_CENTRALITY_TOP;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CENTRALITY_TOP) {
      throw new InvalidArgumentError(`top must be between 1 and ${MAX_CENTRALITY_TOP}`);
    }
    return (await this.ranking(metric)).slice(0, limit);
  }

  private async ranking(metric: CentralityMetric): Promise<CentralityScoreRecord[]> {
    const counts = await this.store.counts();
    const version = `${counts.participations}|${counts.ties}`;
    let cached = this.cached;
    if (cached?.version !== version) {
      cached = { version, scores: new Map(), edges: this.store.actorGraphEdges() };
      this.cached = cached;
    }
    let scores = cached.scores.get(metric);
    if (!scores) {
      scores = cached.edges.then((edges) => rank(computeScores(metric, actorGraph(edges))));
      cached.scores.set(metric, scores);
      const entry = cached;
      // A failed computation is not kept: the next call tries again.
      scores.catch(() => {
        if (this.cached === entry) this.cached = null;
      });
    }
    return scores;
  }
}

/** Nodes and edges inserted in id order, so iterative metrics are reproducible. */
export function actorGraph(edges: readonly ActorEdgeRecord[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  const ids = [...new Set(edges.flatMap((edge) => [edge.sourceId, edge.targetId]))].sort();
  for (const id of ids) graph.addNode(id);
  const sorted = [...edges].sort(
    (a, b) => compare(a.sourceId, b.sourceId) || compare(a.targetId, b.targetId),
  );
  for (const edge of sorted) {
    if (edge.sourceId === edge.targetId) continue;
    const weight = edge.events + edge.ties;
    if (graph.hasEdge(edge.sourceId, edge.targetId)) {
      graph.updateEdgeAttribute(
        edge.sourceId,
        edge.targetId,
        'weight',
        (w: number | undefined) => (w ?? 0) + weight,
      );
    } else {
      graph.addEdge(edge.sourceId, edge.targetId, { weight });
    }
  }
  return graph;
}

function computeScores(metric: CentralityMetric, graph: UndirectedGraph): Record<string, number> {
  if (graph.order === 0) return {};
  switch (metric) {
    case 'DEGREE':
      // graphology divides by (order − 1), which is 0 for a single node.
      return graph.order === 1 ? { [graph.nodes()[0]!]: 0 } : degreeCentrality(graph);
    case 'PAGERANK':
      return pagerank(graph, { getEdgeWeight: 'weight' });
    case 'BETWEENNESS':
      // Normalising divides by (order − 1)(order − 2): below three actors nobody lies between two others.
      return graph.order < 3
        ? Object.fromEntries(graph.nodes().map((id) => [id, 0]))
        : betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  }
}

function rank(scores: Record<string, number>): CentralityScoreRecord[] {
  return Object.entries(scores)
    .map(([actorId, raw]) => {
      const score = Number.isFinite(raw) ? raw : 0;
      return { actorId, score, tie: Math.round(score * PRECISION) };
    })
    .sort((a, b) => b.tie - a.tie || compare(a.actorId, b.actorId))
    .map(({ actorId, score }, i) => ({ actorId, score, rank: i + 1 }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
