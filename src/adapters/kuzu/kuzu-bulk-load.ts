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

type Kind = 'list' | 'boolean' | 'number' | 'string';
const WITNESS: Record<Kind, unknown> = { list: [''], boolean: false, number: '0', string: '' };
const HAS_KIND: Record<Kind, (value: unknown) => boolean> = {
  list: Array.isArray,
  boolean: (value) => typeof value === 'boolean',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  string: (value) => typeof value === 'string',
};

function kindOf(field: string): Kind {
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
  /** The separators, and one text per column. */
  readonly params: Record<string, string>;
}

/**
 * How a COPY's column texts are cut: control characters that source text
 * almost never holds. A batch whose text does hold one is not bulk-loaded
 * (see `bulkLoadable`). Passed as parameters, since Kuzu's string literals have
 * no escapes for them.
 */
export const SEPARATORS = { cellSep: '\u001f', itemSep: '\u001e', nullCell: '\u001d' } as const;
// eslint-disable-next-line no-control-regex -- the separators are control characters
const HOLDS_SEPARATOR = /[\u001d-\u001f]/;

/**
 * Whether every text in `steps` can travel through a COPY's column texts. A
 * verbatim quote may carry any character; such a batch is written by MERGE.
 */
export function bulkLoadable(steps: readonly WriteStep[]): boolean {
  const holds = (value: unknown): boolean =>
    typeof value === 'string' ? HOLDS_SEPARATOR.test(value) : Array.isArray(value) && value.some(holds);
  return steps.every((step) => step.rows.every((row) => !Object.values(row).some(holds)));
}
/** Characters per column text and COPY, far below V8's limit on a string's length. */
const MAX_COLUMN_CHARS = 64 * 1024 * 1024;

/** A field's values as cells of a column text; a value of the wrong type fails loudly rather than corrupt. */
function encoder(query: QueryName, field: string): (value: unknown) => string {
  const kind = kindOf(field);
  const fits = HAS_KIND[kind];
  const text = (value: unknown): string => {
    if (typeof value !== 'string') throw new StoreError(`${query}: "${field}" holds a ${typeof value} item`);
    if (HOLDS_SEPARATOR.test(value))
      throw new StoreError(`${query}: "${field}" holds a control character U+001D–U+001F`);
    return value;
  };
  return (value) => {
    if (value === null || value === undefined) return SEPARATORS.nullCell;
    if (!fits(value)) throw new StoreError(`${query}: field "${field}" holds an unexpected ${typeof value}`);
    if (kind === 'list') {
      const items = value as readonly unknown[];
      // Kuzu stores an empty list as null anyway.
      return items.length === 0 ? SEPARATORS.nullCell : items.map(text).join(SEPARATORS.itemSep);
    }
    return kind === 'string' ? text(value) : String(value);
  };
}

/**
 * The COPYs that load `steps` into an empty store: one per table (more only if
 * a column's text would exceed `maxColumnChars`), built one at a time so only
 * one table's columns are held at once. Rows are deduplicated as MERGE would
 * (same identity: one record, the last one wins); `columnsOf` gives a COPY's
 * columns in order. Empty steps copy nothing.
 */
export function* bulkCopies(
  steps: readonly WriteStep[],
  columnsOf: (query: QueryName) => readonly string[],
  maxColumnChars = MAX_COLUMN_CHARS,
): Generator<BulkCopy> {
  for (const step of steps) {
    for (const { query, identity } of COPIES[step.query as WriteStepName] ?? missingCopy(step.query)) {
      const rows = uniqueRows(step.rows, identity);
      if (rows.length === 0) continue;
      const columns = columnsOf(query);
      const cells = columns.map((column) => {
        const encode = encoder(query, column);
        return rows.map((row) => encode(row[column]));
      });
      for (const [from, to] of parts(cells, maxColumnChars)) {
        const params: Record<string, string> = { ...SEPARATORS };
        columns.forEach(
          (column, k) => (params[column] = (cells[k] as string[]).slice(from, to).join(SEPARATORS.cellSep)),
        );
        yield { step: step.query, query, params };
      }
    }
  }
}

function uniqueRows(rows: readonly Row[], identity: readonly string[]): Row[] {
  const unique = new Map<unknown, Row>();
  const [single] = identity;
  for (const row of rows) {
    const key =
      identity.length === 1 ? row[single as string] : identity.map((f) => String(row[f])).join('\u0000');
    unique.set(key, row);
  }
  return [...unique.values()];
}

/** Row ranges [from, to) whose cells keep every column's text within `maxChars`. */
function parts(cells: readonly string[][], maxChars: number): [number, number][] {
  const rowCount = cells[0]?.length ?? 0;
  const lengths = cells.map(() => 0);
  const ranges: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < rowCount; i++) {
    const over = cells.some(
      (column, k) => (lengths[k] as number) + (column[i] as string).length + 1 > maxChars,
    );
    if (over && i > from) {
      ranges.push([from, i]);
      from = i;
      lengths.fill(0);
    }
    cells.forEach((column, k) => (lengths[k] = (lengths[k] as number) + (column[i] as string).length + 1));
  }
  ranges.push([from, rowCount]);
  return ranges;
}

function missingCopy(query: QueryName): never {
  throw new StoreError(`${query}: no bulk COPY is defined for this write step`);
}

/** A COPY's column parameters in the order they first appear, which is its column order. */
export function copyColumns(text: string): string[] {
  const names = [...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((match) => match[1] as string);
  return [...new Set(names)].filter((name) => !(name in SEPARATORS));
}

/** A relationship COPY whose endpoint is missing is a dangling reference, as in the MERGE path. */
export function bulkCopyError(copy: BulkCopy, error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (!/Unable to find primary key value/i.test(message)) return error;
  return new StoreConstraintError(`${copy.step}: a row references a node that does not exist (${message})`, {
    cause: error,
  });
}
