import type { GraphCounts } from '../domain/graph';
import type { ActorKind, EventType } from '../domain/vocabulary';
import type { DocumentStatsRecord, GraphStore } from '../ports/graph-store.port';

export interface GraphStatsSummary {
  readonly counts: GraphCounts;
  /** Most frequent first, then by name. */
  readonly eventTypes: readonly { readonly type: EventType; readonly count: number }[];
  readonly actorKinds: readonly { readonly kind: ActorKind; readonly count: number }[];
  /** Every document, in id order. */
  readonly documents: readonly DocumentStatsRecord[];
}

/** Figures about the whole graph: two store queries, whatever its size. */
export class StatsService {
  constructor(private readonly store: GraphStore) {}

  async stats(): Promise<GraphStatsSummary> {
    const [counts, stats] = await Promise.all([this.store.counts(), this.store.graphStats()]);
    return {
      counts,
      eventTypes: stats.eventTypes.map(({ key, count }) => ({ type: key, count })),
      actorKinds: stats.actorKinds.map(({ key, count }) => ({ kind: key, count })),
      documents: stats.documents,
    };
  }
}
