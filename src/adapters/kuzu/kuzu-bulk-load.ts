import { StoreConstraintError, StoreError } from '../../domain/errors';
import type { QueryName } from '../shared/cypher-catalog';
import type { WriteStep } from '../shared/write-plan';

/**
 * Shaping write parameters for Kuzu 0.11. Its Node binding types a list
 * parameter (or a field of `UNWIND $rows` structs) from its FIRST element: a
 * null or empty list there crashes the database, an empty list later becomes
 * null, and integers and floats mixed in one list are silently corrupted; and
 * converting a large list costs more time and memory than the COPY it feeds.
 * So MERGE rows start with a "type witness" row (non-null, typed, skipped by the
 * query), numbers travel as text that the query CASTs back, and a bulk COPY gets
 * each column as ONE text that Kuzu splits itself.
 */

type Row = Record<string, unknown>;
// Not steps of their own: the graph's version token (one row, written by MERGE after the
// COPYs) and the alias keys the update path merges ahead of their links (write_aliases.cypher).
type WriteStepName = Exclude<
  Extract<QueryName, `write_${string}`>,
  'write_graph_version' | 'write_alias_keys'
>;

const LIST_FIELDS = new Set(['aliases', 'aliasKeys', 'evidenceIds', 'documentIds', 'roles']);
const BOOLEAN_FIELDS = new Set(['publishedInferred', 'dateInferred', 'former']);
const NUMBER_FIELDS = new Set(['minimum', 'maximum', 'startOffset', 'endOffset']);

export type Kind = 'list' | 'boolean' | 'number' | 'string';
const WITNESS: Record<Kind, unknown> = { list: [''], boolean: false, number: '0', string: '' };
const HAS_KIND: Record<Kind, (value: unknown) => boolean> = {
  list: Array.isArray,
  boolean: (value) => typeof value === 'boolean',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  string: (value) => typeof value === 'string',
};

export function kindOf(field: string): Kind {
  if (LIST_FIELDS.has(field)) return 'list';
  if (BOOLEAN_FIELDS.has(field)) return 'boolean';
  return NUMBER_FIELDS.has(field) ? 'number' : 'string';
}

const witness = (field: string): unknown => WITNESS[kindOf(field)];

/** A field's values as Kuzu must receive them; a value of the wrong type fails loudly rather than corrupt. */
function converter(query: QueryName, field: string): (value: unknown) => unknown {
  const kind = kindOf(field);
  const fits = HAS_KIND[kind];
  return (value) => {
    if (value === null || value === undefined) return null;
    if (!fits(value)) throw new StoreError(`${query}: field "${field}" holds an unexpected ${typeof value}`);
    return kind === 'number' ? String(value) : value;
  };
}

/** Rows for an `UNWIND $rows[2:]` write: a witness row first, then the rows with numbers as text. */
export function mergeRows(query: QueryName, rows: readonly Row[]): Row[] {
  const fields = Object.keys(rows[0] ?? {}).map((field) => [field, converter(query, field)] as const);
  const witnessRow = Object.fromEntries(fields.map(([field]) => [field, witness(field)]));
  return [
    witnessRow,
    ...rows.map((row) => Object.fromEntries(fields.map(([f, convert]) => [f, convert(row[f])]))),
  ];
}

// --- COPY into an empty store ---------------------------------------------------

/**
 * One COPY of a write step, and what makes two of its rows the same record for
 * MERGE. A table is loaded by as many COPYs as its spooled files
 * (kuzu-bulk-spool.ts), relationship tables included.
 */
export interface CopyOf {
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

/** The COPYs that load a write step, in order; a step without one is the caller's bug. */
export function copiesOf(step: QueryName): readonly CopyOf[] {
  const copies = COPIES[step as WriteStepName];
  if (!copies) throw new StoreError(`${step}: no bulk COPY is defined for this write step`);
  return copies;
}

/** Every COPY, in the order a load runs them: nodes before the relationships that need them. */
export const COPY_ORDER: readonly QueryName[] = Object.values(COPIES).flatMap((copies) =>
  copies.map((copy) => copy.query),
);

/**
 * Marks inside a spooled CSV cell (bound as parameters, since Kuzu's string
 * literals have no escapes for them): Kuzu reads an empty cell, quoted or not,
 * as null, so an empty text travels as `emptyCell`; list items are joined by
 * `itemSep`. Control characters that source text almost never holds; a batch
 * whose text does is written by MERGE (see `bulkLoadable`).
 */
export const BULK_MARKS = { itemSep: '\u001e', emptyCell: '\u001c' } as const;
// eslint-disable-next-line no-control-regex -- the marks (and the two next to them) are control characters
const HOLDS_MARK = /[\u001c-\u001f]/;

/**
 * Whether every text in `steps` can travel through a spooled CSV file. A
 * verbatim quote may carry any character; such a batch is written by MERGE.
 * So is a list holding an empty text, which a CSV cell cannot tell from none.
 */
export function bulkLoadable(steps: readonly WriteStep[]): boolean {
  return steps.every((step) => step.rows.every((row) => Object.values(row).every(fitsCsv)));
}

function fitsCsv(value: unknown): boolean {
  if (typeof value === 'string') return !HOLDS_MARK.test(value);
  if (Array.isArray(value))
    return value.every((item) => typeof item === 'string' && item !== '' && fitsCsv(item));
  return true;
}

/** A field's values as CSV cells; a value of the wrong type fails loudly rather than corrupt. */
export function csvEncoder(query: QueryName, field: string): (value: unknown) => string {
  const kind = kindOf(field);
  const fits = HAS_KIND[kind];
  const text = (value: unknown): string => {
    if (typeof value !== 'string' || !fitsCsv(value))
      throw new StoreError(`${query}: "${field}" holds a control character U+001C–U+001F or a non-text item`);
    return value;
  };
  return (value) => {
    if (value === null || value === undefined) return '';
    if (!fits(value)) throw new StoreError(`${query}: field "${field}" holds an unexpected ${typeof value}`);
    if (kind === 'list') {
      const items = value as readonly unknown[];
      // Kuzu stores an empty list as null anyway.
      return items.length === 0 ? '' : quoted(items.map(text).join(BULK_MARKS.itemSep));
    }
    if (kind !== 'string') return String(value);
    const string = text(value);
    return string === '' ? BULK_MARKS.emptyCell : quoted(string);
  };
}

/** Every text is quoted: Kuzu's CSV reader then keeps commas, quotes and line breaks (read without parallelism). */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The columns a bulk COPY's `LOAD WITH HEADERS (…)` declares, in file order. */
export function loadColumns(text: string): string[] {
  const declared = /LOAD WITH HEADERS\s*\(([^)]*)\)/.exec(text)?.[1];
  if (declared === undefined) throw new StoreError('a bulk COPY declares no LOAD WITH HEADERS columns');
  return declared
    .split(',')
    .map((column) => column.trim().split(/\s+/)[0] ?? '')
    .filter((name) => name !== '');
}

/** A relationship COPY whose endpoint is missing is a dangling reference, as in the MERGE path. */
export function bulkCopyError(step: QueryName, error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (/Unable to find primary key value/i.test(message))
    return new StoreConstraintError(`${step}: a row references a node that does not exist (${message})`, {
      cause: error,
    });
  if (/duplicated primary key/i.test(message))
    return new StoreConstraintError(`${step}: a record is given twice (${message})`, { cause: error });
  return error;
}

/** The table that holds a bulk load's marker (bulk_load_begin.cypher). */
const LOAD_MARKER_TABLE = 'GraphMeta';

/**
 * The order in which undoing a bulk load drops the schema's tables:
 * relationships before the nodes they join (Kuzu refuses the other order), and
 * the load's marker last, so that a crash in the middle of the undo leaves the
 * marker, and the next start undoes the rest. Dropped earlier, it let the next
 * start take what was left (evidence with no documents) for a graph.
 */
export function tablesInUndoOrder(
  tables: readonly string[],
  relationshipTables: readonly string[],
): string[] {
  const relationships = new Set(relationshipTables);
  const nodes = tables.filter((table) => !relationships.has(table) && table !== LOAD_MARKER_TABLE);
  return [
    ...tables.filter((table) => relationships.has(table)),
    ...nodes,
    ...tables.filter((table) => table === LOAD_MARKER_TABLE),
  ];
}
