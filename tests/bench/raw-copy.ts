import path from 'node:path';
import kuzu from 'kuzu';
import type { GraphBatch } from '../../src/domain/graph';
import { kindOf, loadColumns } from '../../src/adapters/kuzu/kuzu-bulk-load';
import { BulkSpool, ROWS_PER_FILE, spoolPrefixFor } from '../../src/adapters/kuzu/kuzu-bulk-spool';
import { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import { CypherCatalog, type QueryName } from '../../src/adapters/shared/cypher-catalog';
import { planWrites } from '../../src/adapters/shared/write-plan';

/**
 * The yardstick for ingest: the same rows the product's bulk load writes
 * (planned, fingerprinted, with the participations' event keys, deduplicated),
 * spooled beforehand as CSV in Kuzu's own form and in the same files (every
 * table in parts of 200,000 rows: with the default 1 GB pool, Kuzu cannot copy
 * L's 1M participations in one), then loaded by Kuzu's own `COPY <table>
 * FROM '<file>'`, each committing alone, into a fresh database with the same
 * schema, full-text indexes and buffer pool. Only the COPYs are timed. Read
 * without parallelism, as the product reads its files: documents hold line
 * breaks, which Kuzu's parallel CSV reader refuses (and on two cores it was no
 * faster).
 */
export interface RawCopyResult {
  readonly seconds: number;
  readonly rows: number;
  readonly perTable: readonly { readonly query: QueryName; readonly seconds: number }[];
}

export async function rawCopy(
  chunks: Iterable<GraphBatch>,
  folder: string,
  bufferPoolMb: number,
): Promise<RawCopyResult> {
  const databasePath = path.join(folder, 'raw.kuzu');
  const schemaOnly = await KuzuGraphStore.open(databasePath, { bufferPoolMb });
  await schemaOnly.initSchema();
  await schemaOnly.close();

  const catalog = new CypherCatalog('kuzu');
  // Spooled beside its database, as the product's load spools: inside the bench's own folder.
  const spool = await BulkSpool.create(
    (query) => loadColumns(catalog.get(query)),
    kuzuCsvEncoder,
    ROWS_PER_FILE,
    spoolPrefixFor(databasePath),
  );
  const database = new kuzu.Database(databasePath, bufferPoolMb * 1024 * 1024);
  const connection = new kuzu.Connection(database);
  try {
    for (const chunk of chunks) await spool.add(planWrites(chunk));
    await spool.flush();
    const perTable: { query: QueryName; seconds: number }[] = [];
    let rows = 0;
    for (const copy of spool.copies()) {
      const statement = ownCopyStatement(catalog.get(copy.query), copy.file);
      const start = performance.now();
      const result = await connection.query(statement);
      perTable.push({ query: copy.query, seconds: (performance.now() - start) / 1000 });
      const single = Array.isArray(result) ? result[0] : result;
      const [summary] = single?.getAllSync() ?? [];
      // Closed here: a result that outlives its database crashes the process when freed.
      (Array.isArray(result) ? result : [result]).forEach((each) => each.close());
      rows += Number(/(\d+) tuples/.exec(String(summary?.['result']))?.[1] ?? 0);
    }
    return { seconds: perTable.reduce((sum, t) => sum + t.seconds, 0), rows, perTable };
  } finally {
    await spool.dispose();
    await connection.close();
    await database.close();
  }
}

/**
 * Kuzu's own COPY of a spooled file: the table and columns of the product's
 * COPY (bulk_*.cypher), reading the file directly instead of through its LOAD.
 */
export function ownCopyStatement(productCopy: string, file: string): string {
  const head = /COPY\s+(\w+)\s*(\([^)]*\))?\s+FROM/.exec(productCopy);
  if (!head) throw new Error('not a bulk COPY');
  const options = /\)\s*(\(from=[^)]*\))\s*$/.exec(productCopy.trim())?.[1];
  return `COPY ${head[1]}${head[2] ?? ''} FROM '${file}' (header = true, parallel = false${options ? `, ${options.slice(1, -1)}` : ''})`;
}

/** Kuzu's CSV: lists as [a,b], booleans and numbers bare, texts quoted; the generated graph has no empty text. */
function kuzuCsvEncoder(query: QueryName, column: string): (value: unknown) => string {
  const kind = kindOf(column);
  return (value) => {
    if (value === null || value === undefined) return '';
    if (kind === 'list') {
      const items = value as readonly string[];
      if (items.some((item) => /[,[\]"'{}]|^$/.test(item)))
        throw new Error(`${query}: "${column}" holds an item Kuzu's list syntax cannot carry`);
      return items.length === 0 ? '' : `"[${items.join(',')}]"`;
    }
    if (kind !== 'string') return String(value);
    if (value === '') throw new Error(`${query}: "${column}" holds an empty text`);
    return `"${String(value).replace(/"/g, '""')}"`;
  };
}
