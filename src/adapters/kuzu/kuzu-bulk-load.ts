import { StoreConstraintError, StoreError } from '../../domain/errors';
import type { QueryName } from '../shared/cypher-catalog';
import type { WriteStep } from '../shared/write-plan';

/**
 * Shaping write parameters for Kuzu 0.11, whose Node binding types a list
 * parameter (or a field of `UNWIND $rows` structs) from its FIRST element: a
 * null or empty list there crashes the database, an empty list later becomes
 * null, and integers and floats mixed in one list are silently corrupted. So
 * every list sent starts with a "type witness" (non-null, typed, skipped by the
 * query), and numbers travel as text that the query CASTs back.
 */

type Row = Record<string, unknown>;
type WriteStepName = Extract<QueryName, `write_${string}`>;

const LIST_FIELDS = new Set(['aliases', 'aliasKeys', 'evidenceIds']);
const BOOLEAN_FIELDS = new Set(['publishedInferred', 'dateInferred', 'former']);
const NUMBER_FIELDS = new Set(['minimum', 'maximum', 'startOffset', 'endOffset']);

function witness(field: string): unknown {
  if (LIST_FIELDS.has(field)) return [''];
  if (BOOLEAN_FIELDS.has(field)) return false;
  if (NUMBER_FIELDS.has(field)) return '0';
  return '';
}

/** A field's value as Kuzu must receive it; a value of the wrong type fails loudly rather than corrupt. */
function cell(query: QueryName, field: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const ok = LIST_FIELDS.has(field)
    ? Array.isArray(value)
    : BOOLEAN_FIELDS.has(field)
      ? typeof value === 'boolean'
      : NUMBER_FIELDS.has(field)
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === 'string';
  if (!ok) throw new StoreError(`${query}: field "${field}" holds an unexpected ${typeof value}`);
  return NUMBER_FIELDS.has(field) ? String(value) : value;
}

/** Rows for an `UNWIND $rows[2:]` write: a witness row first, then the rows with numbers as text. */
export function mergeRows(query: QueryName, rows: readonly Row[]): Row[] {
  const fields = Object.keys(rows[0] ?? {});
  const shape = (value: (field: string) => unknown) =>
    Object.fromEntries(fields.map((field) => [field, value(field)]));
  return [shape(witness), ...rows.map((row) => shape((field) => cell(query, field, row[field])))];
}

// --- COPY into an empty store ---------------------------------------------------

/** One COPY of a write step, and what makes two of its rows the same record for MERGE. */
interface CopyOf {
  readonly query: QueryName;
  readonly identity: readonly string[];
}

/**
 * Each write step's tables, in the step's order (nodes before the relationships
 * from them). Identity is what the step's MERGE matches on: a node by its key, a
 * relationship by its endpoints (and its id when it has one).
 */
const COPIES: Record<WriteStepName, readonly CopyOf[]> = {
  write_documents: [{ query: 'bulk_documents', identity: ['id'] }],
  write_actors: [{ query: 'bulk_actors', identity: ['id'] }],
  // One key may name two actors: the Alias node once, a NAMES link per actor.
  write_aliases: [
    { query: 'bulk_alias_keys', identity: ['key'] },
    { query: 'bulk_alias_names', identity: ['key', 'actorId'] },
  ],
  write_places: [{ query: 'bulk_places', identity: ['id'] }],
  write_place_countries: [{ query: 'bulk_place_countries', identity: ['id', 'countryId'] }],
  write_events: [{ query: 'bulk_events', identity: ['id'] }],
  write_event_places: [{ query: 'bulk_event_places', identity: ['id', 'placeId'] }],
  write_participations: [{ query: 'bulk_participations', identity: ['actorId', 'eventId', 'id'] }],
  write_ties: [{ query: 'bulk_ties', identity: ['sourceId', 'targetId', 'id'] }],
  write_statements: [
    { query: 'bulk_statements', identity: ['id'] },
    { query: 'bulk_statement_speakers', identity: ['speakerId', 'id'] },
  ],
  write_statement_events: [{ query: 'bulk_statement_events', identity: ['id', 'eventId'] }],
  write_statement_about: [{ query: 'bulk_statement_about', identity: ['statementId', 'actorId'] }],
  write_claims: [{ query: 'bulk_claims', identity: ['id'] }],
  write_claim_event_subjects: [{ query: 'bulk_claim_event_subjects', identity: ['id', 'subjectId'] }],
  write_claim_actor_subjects: [{ query: 'bulk_claim_actor_subjects', identity: ['id', 'subjectId'] }],
  write_evidence: [
    { query: 'bulk_evidence', identity: ['id'] },
    { query: 'bulk_evidence_documents', identity: ['id', 'documentId'] },
  ],
  write_authorship: [{ query: 'bulk_authorship', identity: ['authorActorId', 'id'] }],
};

export interface BulkCopy {
  /** The write step it stands for, named in errors. */
  readonly step: QueryName;
  readonly query: QueryName;
  /** One list per column, each led by a type witness. */
  readonly params: Record<string, unknown[]>;
}

/**
 * The COPYs that load `steps` into an empty store, one per table. Rows are
 * deduplicated as MERGE would (same identity: one record, the last one wins);
 * `columnsOf` gives a COPY's parameters in column order. Empty steps copy nothing.
 */
export function planBulkCopies(
  steps: readonly WriteStep[],
  columnsOf: (query: QueryName) => readonly string[],
): BulkCopy[] {
  return steps.flatMap((step) =>
    (COPIES[step.query as WriteStepName] ?? missingCopy(step.query)).flatMap(({ query, identity }) => {
      const unique = new Map<string, Row>();
      for (const row of step.rows)
        unique.set(identity.map((field) => String(row[field])).join('\u0000'), row);
      if (unique.size === 0) return [];
      const rows = [...unique.values()];
      const params = Object.fromEntries(
        columnsOf(query).map((column) => [
          column,
          [witness(column), ...rows.map((row) => cell(query, column, row[column]))],
        ]),
      );
      return [{ step: step.query, query, params }];
    }),
  );
}

function missingCopy(query: QueryName): never {
  throw new StoreError(`${query}: no bulk COPY is defined for this write step`);
}

/** A COPY's parameters in the order they first appear, which is its column order. */
export function copyColumns(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1] as string))];
}

/** A relationship COPY whose endpoint is missing is a dangling reference, as in the MERGE path. */
export function bulkCopyError(copy: BulkCopy, error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (!/Unable to find primary key value/i.test(message)) return error;
  return new StoreConstraintError(`${copy.step}: a row references a node that does not exist (${message})`, {
    cause: error,
  });
}
