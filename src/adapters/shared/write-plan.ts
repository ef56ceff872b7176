import type { GraphBatch } from '../../domain/graph';
import { searchableText } from '../../domain/text';
import { fingerprintOf, type GraphChanges, type IdsByKind } from '../../domain/graph-diff';
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
  // Every record carries its fingerprint, so the next ingest can tell what changed.
  const rows = <T extends object>(items: readonly T[]): Record<string, unknown>[] =>
    items.map((item) => ({ ...item, fingerprint: fingerprintOf(item) }) as Record<string, unknown>);
  return [
    {
      query: 'write_documents',
      rows: rows(batch.documents).map((row, i) => ({
        ...row,
        searchText: joinSearched(batch.documents[i]?.title, batch.documents[i]?.text),
      })),
    },
    {
      query: 'write_actors',
      rows: batch.actors.map((actor) => ({
        ...actor,
        searchText: actor.aliasKeys.join(' | '),
        fingerprint: fingerprintOf(actor),
      })),
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
    {
      query: 'write_events',
      rows: rows(batch.events).map((row, i) => ({
        ...row,
        searchText: joinSearched(batch.events[i]?.title, batch.events[i]?.description),
      })),
    },
    {
      query: 'write_event_places',
      rows: batch.events
        .filter((event) => event.placeId !== null)
        .map(({ id, placeId }) => ({ id, placeId })),
    },
    { query: 'write_participations', rows: rows(batch.participations) },
    { query: 'write_ties', rows: rows(batch.ties) },
    {
      query: 'write_statements',
      rows: rows(batch.statements).map((row, i) => ({
        ...row,
        searchText: joinSearched(batch.statements[i]?.text),
      })),
    },
    {
      query: 'write_statement_events',
      rows: batch.statements.filter((s) => s.eventId !== null).map(({ id, eventId }) => ({ id, eventId })),
    },
    {
      query: 'write_statement_about',
      rows: batch.statementAbout.map(({ statementId, actorId }) => ({ statementId, actorId })),
    },
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
      rows: batch.evidence.map((span) => {
        const { start, end, ...rest } = span;
        return { ...rest, startOffset: start, endOffset: end, fingerprint: fingerprintOf(span) };
      }),
    },
    {
      query: 'write_authorship',
      rows: batch.documents
        .filter((d) => d.authorActorId !== null)
        .map(({ id, authorActorId }) => ({ id, authorActorId })),
    },
  ];
}

/**
 * The fields a full-text index searches, as the one column Kuzu indexes (an
 * index over several columns crashes Kuzu 0.11.3 when a write updates the node),
 * with its words apart from any punctuation (searchableText).
 */
export function joinSearched(...fields: readonly (string | null | undefined)[]): string {
  return searchableText(
    fields.filter((field): field is string => typeof field === 'string' && field !== '').join('\n'),
  );
}

/** Rows per statement: large enough to amortise a round trip, small enough for one transaction's memory. */
export const WRITE_CHUNK_SIZE = 5000;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** A statement run with a list of ids (or of id pairs, as `rows`), in one transaction with the rest. */
export interface IdStep {
  readonly query: QueryName;
  readonly params: { readonly ids: readonly string[] } | { readonly rows: readonly Record<string, string>[] };
  /** How many ids or rows it carries, for chunking. */
  readonly size: number;
}

const REMOVALS: readonly (readonly [keyof IdsByKind, QueryName])[] = [
  // Links before nodes; spans and facts before the nodes they point at.
  ['participations', 'delete_participations'],
  ['ties', 'delete_ties'],
  ['evidence', 'delete_evidence'],
  ['claims', 'delete_claims'],
  ['statements', 'delete_statements'],
  ['events', 'delete_events'],
  ['places', 'delete_places'],
  ['actors', 'delete_actors'],
  ['documents', 'delete_documents'],
];

/** A changed node's own links are written again from its record, so they are dropped first. */
const UNLINKS: readonly (readonly [keyof IdsByKind, QueryName])[] = [
  ['documents', 'unlink_documents'],
  ['actors', 'unlink_actors'],
  ['places', 'unlink_places'],
  ['events', 'unlink_events'],
  ['statements', 'unlink_statement_speakers'],
  ['statements', 'unlink_statement_events'],
  ['claims', 'unlink_claims'],
  ['evidence', 'unlink_evidence'],
];

/**
 * The statements that turn the stored graph into the sources' graph, before the
 * upserts are written with `planWrites`: records no longer supported go (with
 * their links), and changed nodes lose the links their records own. Empty steps
 * are left out (an empty list parameter crashes Kuzu 0.11).
 */
export function planRemovals(changes: GraphChanges): IdStep[] {
  const steps: IdStep[] = [];
  const about = changes.removed.statementAbout.map((id) => {
    const [statementId = '', actorId = ''] = id.split('>');
    return { statementId, actorId };
  });
  if (about.length > 0) {
    steps.push({ query: 'delete_statement_about', params: { rows: about }, size: about.length });
  }
  for (const [kind, query] of REMOVALS) {
    const ids = changes.removed[kind];
    if (ids.length > 0) steps.push({ query, params: { ids }, size: ids.length });
  }
  for (const [kind, query] of UNLINKS) {
    const ids = changes.updated[kind];
    if (ids.length > 0) steps.push({ query, params: { ids }, size: ids.length });
  }
  return steps;
}

/** An id step cut into statements of at most `size` ids or rows. */
export function chunkIdStep(step: IdStep, size: number): IdStep['params'][] {
  if ('ids' in step.params) return chunk(step.params.ids, size).map((ids) => ({ ids }));
  return chunk(step.params.rows, size).map((rows) => ({ rows }));
}
