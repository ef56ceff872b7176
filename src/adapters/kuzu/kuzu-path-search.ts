import { StoreError } from '../../domain/errors';
import type { GraphPath, ParticipationRecord, PathStepRecord, TieRecord } from '../../domain/graph';
import type { PathQuery } from '../../ports/graph-store.port';
import type { QueryName } from '../shared/cypher-catalog';
import * as map from '../shared/record-mappers';
import type { Row } from '../shared/record-mappers';
import { PathIndex, type IndexedEdge, type IndexedPath } from './path-index';
import { stepGroups } from './path-step-groups';

/** Runs named queries within one read unit of work. */
export type RunQuery = (name: QueryName, params: Record<string, unknown>) => Promise<Row[]>;
export type ReadUnit = <T>(
  context: string,
  work: (run: RunQuery) => Promise<T>,
  timeoutMs?: number,
) => Promise<T>;

/** Loading the adjacency reads every relationship once: minutes are allowed, as for a bulk load. */
const INDEX_LOAD_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Paths on the embedded store: searched in the in-memory PathIndex, loaded on
 * the first search and dropped whenever the graph is written (the next search
 * loads it again), then the records on them read from Kuzu.
 */
export class KuzuPathSearch {
  private index: Promise<PathIndex> | null = null;

  constructor(private readonly read: ReadUnit) {}

  /** Loads the adjacency now rather than at the first search. */
  async warmUp(): Promise<void> {
    await this.loadedIndex();
  }

  /** Resolves once no load is under way (whether it succeeded or not), so the database can close. */
  async settled(): Promise<void> {
    await this.index?.catch(() => undefined);
  }

  /** The graph changed: the next search loads the adjacency again. */
  invalidate(): void {
    this.index = null;
  }

  async findPaths(query: PathQuery, defaultTimeoutMs: number): Promise<GraphPath[]> {
    const started = performance.now();
    const index = await this.loadedIndex();
    const found =
      query.mode === 'ALL_SHORTEST'
        ? index.allShortest(query.fromId, query.toId, query.maxHops, query.limit)
        : index.simple(
            query.fromId,
            query.toId,
            query.maxHops,
            query.limit,
            started + (query.timeoutMs ?? defaultTimeoutMs),
          );
    return found.length === 0 ? [] : this.withRecords(index, found, query.timeoutMs);
  }

  private loadedIndex(): Promise<PathIndex> {
    if (this.index === null) {
      const loading = this.read(
        'loading the path index',
        async (run) => {
          const participations = await run('path_index_participations', {});
          const ties = await run('path_index_ties', {});
          return PathIndex.build(
            participations.map((r) => ({
              id: String(r['id']),
              actorId: String(r['actorId']),
              eventId: String(r['eventId']),
            })),
            ties.map((r) => ({
              id: String(r['id']),
              sourceId: String(r['sourceId']),
              targetId: String(r['targetId']),
            })),
          );
        },
        INDEX_LOAD_TIMEOUT_MS,
      );
      this.index = loading;
      // A failed load is not kept: the next search tries again.
      loading.catch(() => {
        if (this.index === loading) this.index = null;
      });
    }
    return this.index;
  }

  /** The paths with the record of every step, read in one query per end shared by their steps. */
  private async withRecords(
    index: PathIndex,
    paths: readonly IndexedPath[],
    timeoutMs?: number,
  ): Promise<GraphPath[]> {
    const edges = paths.flatMap((path) => path.edges);
    const participationEnds = edges.flatMap((e) =>
      e.kind === 'PARTICIPATION' ? [{ a: e.actorId, b: e.eventId }] : [],
    );
    const tieEnds = edges.flatMap((e) => (e.kind === 'TIE' ? [{ a: e.sourceId, b: e.targetId }] : []));
    const { participations, ties } = await this.read(
      'reading the steps of paths',
      async (run) => {
        const participations = new Map<string, ParticipationRecord>();
        const participationDegree = (end: 'a' | 'b', id: string) =>
          index.degree(end === 'a' ? 'ACTOR' : 'EVENT', id);
        for (const group of stepGroups(participationEnds, participationDegree)) {
          const name = group.anchor === 'a' ? 'path_participations_of_actor' : 'path_participations_of_event';
          for (const row of await run(name, { id: group.id, others: group.others })) {
            const record = map.toParticipation(row);
            participations.set(record.id, record);
          }
        }
        const ties = new Map<string, TieRecord>();
        for (const group of stepGroups(tieEnds, (_end, id) => index.degree('ACTOR', id))) {
          const name = group.anchor === 'a' ? 'path_ties_from_actor' : 'path_ties_to_actor';
          for (const row of await run(name, { id: group.id, others: group.others })) {
            const record = map.toTie(row);
            ties.set(record.id, record);
          }
        }
        return { participations, ties };
      },
      timeoutMs,
    );
    const step = (edge: IndexedEdge): PathStepRecord => {
      const record = edge.kind === 'TIE' ? ties.get(edge.id) : participations.get(edge.id);
      if (!record)
        throw new StoreError(`path step ${edge.id} is missing from the store: the path index is stale`);
      return edge.kind === 'TIE'
        ? { kind: 'TIE', tie: record as TieRecord }
        : { kind: 'PARTICIPATION', participation: record as ParticipationRecord };
    };
    return paths.map((path) => ({ nodes: path.nodes, steps: path.edges.map(step) }));
  }
}
