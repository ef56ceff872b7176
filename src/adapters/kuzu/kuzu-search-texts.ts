import type { QueryName } from '../shared/cypher-catalog';
import { joinSearched } from '../shared/write-plan';

type Row = Record<string, unknown>;

/**
 * How this version makes searchText (write-plan.ts, joinSearched): the
 * searched fields with every mark but letters, digits and white space made a
 * space. Recorded in the store once all of its searchText columns are made so.
 */
export const SEARCH_TEXT_FORM = 'fields, punctuation as spaces';

/**
 * Rows read and written per statement of the fill. Few and large: Kuzu 0.11
 * holds memory for every committed update of a string column until the next
 * checkpoint, and more for more transactions: at L (250,000 events) chunks of
 * 2,000 filled a 1 GB buffer pool and failed, of 5,000 came near it, of 50,000
 * peaked at 1.3 GB of process memory (a checkpoint after each chunk, which
 * should have freed it, failed sooner).
 */
const FILL_CHUNK = 50_000;

interface SearchTextFill {
  readonly table: 'Statement' | 'Event' | 'Document';
  /** The table's full-text index (fulltext_indexes.cypher), dropped before a fill and built again after it. */
  readonly index: string;
  readonly fields: QueryName;
  readonly fill: QueryName;
  /** The fields searchText joins, as `fields` returns them (write-plan.ts joins the same). */
  readonly joined: readonly string[];
}

const FILLS: readonly SearchTextFill[] = [
  {
    table: 'Statement',
    index: 'statement_text_fts',
    fields: 'search_text_fields_statements',
    fill: 'fill_search_text_statements',
    joined: ['text'],
  },
  {
    table: 'Event',
    index: 'event_text_fts',
    fields: 'search_text_fields_events',
    fill: 'fill_search_text_events',
    joined: ['title', 'description'],
  },
  {
    table: 'Document',
    index: 'document_text_fts',
    fields: 'search_text_fields_documents',
    fill: 'fill_search_text_documents',
    joined: ['title', 'text'],
  },
];

export interface SearchTextStatements {
  run(name: QueryName, params: Record<string, unknown>): Promise<Row[]>;
  /** Drops a full-text index, if it exists (names from FILLS only). */
  dropIndex(table: string, index: string): Promise<void>;
}

/**
 * The schema upgrade of a store written before searchText made punctuation
 * spaces: statements gain the column, events and documents have it made
 * again, each from its fields as a write makes it. Decided by the form the
 * store records (GraphMeta 'search-text'), written once every table is done:
 * a fill a kill cut short runs again whole at the next start (it only
 * rewrites what it wrote). Each chunk commits alone, in id order (initSchema
 * checkpoints once at its end). A table's full-text index is dropped before its first chunk
 * (rather than updated node by node) and built again by initSchema after,
 * whether the fill ends or fails. A store already in this form costs one
 * read. Returns the tables filled.
 */
export async function fillSearchTexts(statements: SearchTextStatements): Promise<string[]> {
  const [form] = await statements.run('search_text_form', {});
  if (form?.['version'] === SEARCH_TEXT_FORM) return [];
  const filled: string[] = [];
  for (const { table, index, fields, fill, joined } of FILLS) {
    let after = '';
    for (;;) {
      const rows = await statements.run(fields, { after, limit: FILL_CHUNK });
      if (rows.length === 0) break;
      if (after === '') {
        await statements.dropIndex(table, index);
        filled.push(table);
      }
      await statements.run(fill, {
        rows: rows.map((row) => ({
          id: String(row['id']),
          searchText: joinSearched(...joined.map((field) => row[field] as string | null)),
        })),
      });
      after = String(rows.at(-1)?.['id']);
      if (rows.length < FILL_CHUNK) break;
    }
  }
  await statements.run('mark_search_text_form', { version: SEARCH_TEXT_FORM });
  return filled;
}
