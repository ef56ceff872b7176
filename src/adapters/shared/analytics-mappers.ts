import type { ActorKind, EventType } from '../../domain/vocabulary';
import {
  TEXT_HIT_KINDS,
  type ActorEdgeRecord,
  type AliasLinkRecord,
  type DocumentStatsRecord,
  type GraphStatsRecord,
  type TextHitKind,
  type TextHitRecord,
  type TypeCount,
} from '../../ports/graph-store.port';
import type { Row } from './record-mappers';

/**
 * Rows of the search, centrality and statistics queries → port records, the same
 * for every store. Ordering and folding happen here, in JavaScript, so that both
 * stores return identical records whatever order their engines produce.
 */

export function toTextHits(rows: readonly Row[]): TextHitRecord[] {
  return rows
    .filter((row) => (TEXT_HIT_KINDS as readonly string[]).includes(String(row['kind'])))
    .map((row) => ({ kind: row['kind'] as TextHitKind, id: String(row['id']), score: Number(row['score']) }))
    .filter((hit) => Number.isFinite(hit.score) && hit.score > 0);
}

/** Rows of (actorId, keys) → one link per key. */
export function toAliasLinks(rows: readonly Row[]): AliasLinkRecord[] {
  return rows.flatMap((row) => {
    const actorId = String(row['actorId']);
    const keys = Array.isArray(row['keys']) ? row['keys'] : [];
    return keys.map((key) => ({ key: String(key), actorId }));
  });
}

/**
 * Folds directed rows (co-participation comes back in both directions, a tie in
 * its own) into unordered pairs, sourceId < targetId, sorted.
 */
export function foldActorEdges(rows: readonly Row[]): ActorEdgeRecord[] {
  const pairs = new Map<string, { sourceId: string; targetId: string; events: number; ties: number }>();
  for (const row of rows) {
    const a = String(row['sourceId']);
    const b = String(row['targetId']);
    if (a === b) continue;
    const [sourceId, targetId] = a < b ? [a, b] : [b, a];
    const key = `${sourceId}\u0000${targetId}`;
    const pair = pairs.get(key) ?? { sourceId, targetId, events: 0, ties: 0 };
    // Both directions of a co-participation carry the same count: keep one.
    pair.events = Math.max(pair.events, Number(row['events'] ?? 0));
    pair.ties += Number(row['ties'] ?? 0);
    pairs.set(key, pair);
  }
  return [...pairs.values()]
    .filter((pair) => pair.events > 0 || pair.ties > 0)
    .sort((x, y) => compare(x.sourceId, y.sourceId) || compare(x.targetId, y.targetId));
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const FACT_COLUMNS: Record<string, keyof Omit<DocumentStatsRecord, 'documentId' | 'evidence'>> = {
  EVENT: 'events',
  PARTICIPATION: 'participations',
  STATEMENT: 'statements',
  TIE: 'ties',
  CLAIM: 'claims',
};

/** Rows of `graph_stats`: (facet, key, factKind, facts, spans). */
export function toGraphStats(rows: readonly Row[]): GraphStatsRecord {
  const eventTypes: TypeCount<EventType>[] = [];
  const actorKinds: TypeCount<ActorKind>[] = [];
  const documents = new Map<string, Mutable<DocumentStatsRecord>>();
  for (const row of rows) {
    const facet = String(row['facet']);
    const key = String(row['key']);
    if (facet === 'EVENT_TYPE') eventTypes.push({ key: key as EventType, count: Number(row['facts']) });
    else if (facet === 'ACTOR_KIND') actorKinds.push({ key: key as ActorKind, count: Number(row['facts']) });
    else if (facet === 'DOCUMENT') {
      const stats = documents.get(key) ?? {
        documentId: key,
        events: 0,
        participations: 0,
        statements: 0,
        ties: 0,
        claims: 0,
        evidence: 0,
      };
      const column = FACT_COLUMNS[String(row['factKind'])];
      if (column) stats[column] = Number(row['facts'] ?? 0);
      stats.evidence += Number(row['spans'] ?? 0);
      documents.set(key, stats);
    }
  }
  const byCount = <T extends string>(x: TypeCount<T>, y: TypeCount<T>) =>
    y.count - x.count || compare(x.key, y.key);
  return {
    eventTypes: eventTypes.sort(byCount),
    actorKinds: actorKinds.sort(byCount),
    documents: [...documents.values()].sort((x, y) => compare(x.documentId, y.documentId)),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
