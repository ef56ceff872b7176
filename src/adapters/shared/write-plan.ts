import type { GraphBatch } from '../../domain/graph';
import type { QueryName } from './cypher-catalog';

/** One write query and its rows; `expected` is how many rows must match, or the write is incomplete. */
export interface WriteStep {
  readonly query: QueryName;
  readonly rows: readonly Record<string, unknown>[];
}

/**
 * The order in which a batch is written, shared by every store: nodes first,
 * then the relationships between them. Each step reports how many rows it
 * matched; fewer than sent means a dangling reference, and the store rolls back.
 */
export function planWrites(batch: GraphBatch): WriteStep[] {
  const rows = <T extends object>(items: readonly T[]): Record<string, unknown>[] =>
    items.map((item) => ({ ...item }) as Record<string, unknown>);
  return [
    { query: 'write_documents', rows: rows(batch.documents) },
    {
      query: 'write_actors',
      rows: batch.actors.map((actor) => ({ ...actor, searchText: actor.aliasKeys.join(' | ') })),
    },
    {
      query: 'write_aliases',
      rows: batch.actors.flatMap((actor) => actor.aliasKeys.map((key) => ({ key, actorId: actor.id }))),
    },
    { query: 'write_places', rows: rows(batch.places) },
    {
      query: 'write_place_countries',
      rows: batch.places
        .filter((place) => place.countryId !== null)
        .map(({ id, countryId }) => ({ id, countryId })),
    },
    { query: 'write_events', rows: rows(batch.events) },
    {
      query: 'write_event_places',
      rows: batch.events
        .filter((event) => event.placeId !== null)
        .map(({ id, placeId }) => ({ id, placeId })),
    },
    { query: 'write_participations', rows: rows(batch.participations) },
    { query: 'write_ties', rows: rows(batch.ties) },
    { query: 'write_statements', rows: rows(batch.statements) },
    {
      query: 'write_statement_events',
      rows: batch.statements.filter((s) => s.eventId !== null).map(({ id, eventId }) => ({ id, eventId })),
    },
    { query: 'write_statement_about', rows: rows(batch.statementAbout) },
    { query: 'write_claims', rows: rows(batch.claims) },
    {
      query: 'write_claim_event_subjects',
      rows: batch.claims
        .filter((c) => c.subjectKind === 'EVENT')
        .map(({ id, subjectId }) => ({ id, subjectId })),
    },
    {
      query: 'write_claim_actor_subjects',
      rows: batch.claims
        .filter((c) => c.subjectKind === 'ACTOR')
        .map(({ id, subjectId }) => ({ id, subjectId })),
    },
    {
      query: 'write_evidence',
      // "end" is a Cypher keyword; the stores name the offsets explicitly.
      rows: batch.evidence.map(({ start, end, ...rest }) => ({
        ...rest,
        startOffset: start,
        endOffset: end,
      })),
    },
    {
      query: 'write_authorship',
      rows: batch.documents
        .filter((d) => d.authorActorId !== null)
        .map(({ id, authorActorId }) => ({ id, authorActorId })),
    },
  ];
}

/** Rows per statement: large enough to amortise a round trip, small enough for one transaction's memory. */
export const WRITE_CHUNK_SIZE = 5000;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
