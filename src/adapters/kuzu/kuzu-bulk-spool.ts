import { createHash } from 'node:crypto';
import { mkdtemp, open, readdir, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StoreConstraintError, StoreError } from '../../domain/errors';
import type { QueryName } from '../shared/cypher-catalog';
import type { WriteStep } from '../shared/write-plan';
import { COPY_ORDER, copiesOf, csvEncoder, type CopyOf } from './kuzu-bulk-load';
import { eventKeysOf } from './participation-event-keys';

type Row = Readonly<Record<string, unknown>>;

/** A column's cell writer, by COPY and column. */
export type CellEncoderFactory = (query: QueryName, column: string) => (value: unknown) => string;

/** Rows encoded and written to a file at a time: bounds the text held in memory. */
const ROWS_PER_WRITE = 20_000;
/**
 * A path goes into a COPY's text (Kuzu takes no parameter for it), so only
 * paths made of these characters are used; the folder is the spool's own.
 */
const SAFE_PATH = /^[A-Za-z0-9_./\\:-]+$/;

/**
 * Where the spools of the store at `databasePath` are made: beside the
 * database, whose disk holds what the load writes anyway (the spool of L's 1M
 * participations is about as large as the store, and the OS temp folder may be
 * a small one in memory), under a hidden name of its own; in the OS temp
 * folder, named after the database, when the database's folder cannot be
 * named in a COPY. A spool's folder is this prefix and a random suffix.
 */
export function spoolPrefixFor(databasePath: string): string {
  const database = path.resolve(databasePath);
  const beside = path.join(path.dirname(database), `.${path.basename(database)}.load-`);
  if (SAFE_PATH.test(beside)) return beside;
  const digest = createHash('sha256').update(database).digest('hex').slice(0, 16);
  return path.join(tmpdir(), `polgraph-load-${digest}-`);
}

/**
 * Removes the spools a load left behind when its process died (a spool is
 * removed when its load ends, failed or not, but not on a crash): their rows
 * were never loaded, or were rolled back, and a large one fills a disk. Only
 * the process holding the store may call this (Kuzu's lock on the database
 * says no other is loading into it). Returns the folders it removed.
 */
export async function removeLeftSpools(prefix: string): Promise<string[]> {
  const folder = path.dirname(prefix);
  const start = path.basename(prefix);
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const left = entries
    .filter((entry) => entry.isDirectory() && entry.name.startsWith(start))
    .map((entry) => path.join(folder, entry.name));
  // One that cannot be removed stays for the next open: it takes room, it does not harm the store.
  const removed = await Promise.all(
    left.map((spool) =>
      rm(spool, { recursive: true, force: true }).then(
        () => spool,
        () => null,
      ),
    ),
  );
  return removed.filter((spool): spool is string => spool !== null);
}

/**
 * Rows per file, so per COPY and per transaction: Kuzu holds a COPY's rows in
 * memory until it commits, in its buffer pool and beside it. L's 1M
 * participations in one COPY needed a 1.5 GB pool and took the process 2.3 GB
 * above its start; in five COPYs they load with a 512 MB pool, at the price of
 * 48 s instead of 29 s (each COPY into a relationship table that has rows
 * rewrites the node groups it touches).
 */
export const ROWS_PER_FILE = 200_000;

/** One table's CSV files (the last one open), and the identities already in them. */
interface SpooledTable {
  readonly query: QueryName;
  readonly step: QueryName;
  readonly files: string[];
  handle: FileHandle;
  rowsInFile: number;
  readonly columns: readonly string[];
  readonly encoders: readonly ((value: unknown) => string)[];
  readonly seen: Set<string>;
}

/** What a load runs after spooling: a COPY of one file. */
export interface SpooledCopy {
  readonly step: QueryName;
  readonly query: QueryName;
  readonly file: string;
}

/**
 * The rows of an ingest into an empty store, spooled as CSV files per table
 * (ROWS_PER_FILE rows each) in a temporary folder, so that Kuzu's COPY reads them as fast as its own bulk
 * path while the process holds one chunk at a time, not the graph.
 *
 * A record given twice (same identity as its MERGE) is written once: within a
 * chunk its last copy, as MERGE leaves it; across chunks the first chunk's. A
 * participation takes its event's sort key, type and dates from the event's
 * row, which must come in the same chunk or an earlier one.
 */
export class BulkSpool {
  private readonly tables = new Map<QueryName, SpooledTable>();
  private readonly eventKeys = new Map<string, Record<string, unknown>>();

  private constructor(
    private readonly folder: string,
    private readonly columnsOf: (query: QueryName) => readonly string[],
    private readonly encoderOf: CellEncoderFactory,
    private readonly rowsPerFile: number,
  ) {}

  /**
   * `encoderOf` writes the cells: the product's COPYs read `csvEncoder`'s
   * (kuzu-bulk-load.ts); the benchmark spools the same rows in Kuzu's own CSV
   * form to time Kuzu's bulk load of them.
   */
  static async create(
    columnsOf: (query: QueryName) => readonly string[],
    encoderOf: CellEncoderFactory = csvEncoder,
    rowsPerFile = ROWS_PER_FILE,
    /** The spool's folder is this and a random suffix (`spoolPrefixFor` a store's database). */
    prefix = path.join(tmpdir(), 'polgraph-load-'),
  ): Promise<BulkSpool> {
    const folder = await mkdtemp(prefix);
    if (!SAFE_PATH.test(folder)) {
      await rm(folder, { recursive: true, force: true });
      throw new StoreError(`the temporary folder ${JSON.stringify(folder)} cannot be named in a COPY`);
    }
    return new BulkSpool(folder, columnsOf, encoderOf, rowsPerFile);
  }

  /** Appends one chunk's write steps. */
  async add(steps: readonly WriteStep[]): Promise<void> {
    for (const step of steps) {
      if (step.query === 'write_events') {
        for (const row of step.rows) this.eventKeys.set(String(row['id']), eventKeysOf(row));
      }
      const rows =
        step.query === 'write_participations' ? step.rows.map((row) => this.withEventKeys(row)) : step.rows;
      for (const copy of copiesOf(step.query)) await this.append(step.query, copy, rows);
    }
  }

  /** The COPYs that load what was spooled, a file each, nodes before relationships; tables with no rows have none. */
  copies(): SpooledCopy[] {
    return COPY_ORDER.flatMap((query) => {
      const table = this.tables.get(query);
      return table ? table.files.map((file) => ({ step: table.step, query, file })) : [];
    });
  }

  /** Closes and removes the files; safe to call more than once. */
  async dispose(): Promise<void> {
    const tables = [...this.tables.values()];
    this.tables.clear();
    await Promise.all(tables.map((table) => table.handle.close().catch(() => undefined)));
    await rm(this.folder, { recursive: true, force: true });
  }

  /**
   * Makes every file complete on disk before a COPY reads it. No chunk comes
   * after: what deduplicated them is let go, so the COPYs have its memory.
   */
  async flush(): Promise<void> {
    for (const table of this.tables.values()) {
      await table.handle.sync();
      table.seen.clear();
    }
    this.eventKeys.clear();
    handBackMemory();
  }

  private withEventKeys(row: Row): Row {
    const keys = this.eventKeys.get(String(row['eventId']));
    if (!keys) {
      throw new StoreConstraintError(
        `write_participations: participation ${String(row['id'])} references event ${String(row['eventId'])}, ` +
          'which this ingest has not given (an event comes in the same chunk as its participations or an earlier one)',
      );
    }
    return { ...row, ...keys };
  }

  /**
   * Rows keep their order (what Kuzu stores first it returns first where a
   * query leaves order open); of a chunk's copies of one identity the last is
   * written, as MERGE leaves it, and one met in an earlier chunk is skipped.
   */
  private async append(step: QueryName, copy: CopyOf, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    const table = this.tables.get(copy.query) ?? (await this.openTable(step, copy.query));
    const { columns, encoders, seen } = table;
    const lines: string[] = [];
    for (const [identity, row] of lastOfEach(rows, identityReader(copy.identity))) {
      if (seen.has(identity)) continue;
      seen.add(identity);
      const cells: string[] = new Array(columns.length);
      for (let k = 0; k < columns.length; k++) {
        cells[k] = (encoders[k] as (v: unknown) => string)(row[columns[k] as string]);
      }
      if (table.rowsInFile + lines.length >= this.rowsPerFile) {
        await this.write(table, lines);
        await this.nextFile(table);
      }
      lines.push(cells.join(','));
      if (lines.length >= ROWS_PER_WRITE) await this.write(table, lines);
    }
    if (lines.length > 0) await this.write(table, lines);
  }

  private async write(table: SpooledTable, lines: string[]): Promise<void> {
    if (lines.length === 0) return;
    table.rowsInFile += lines.length;
    lines.push('');
    await table.handle.write(lines.join('\n'));
    lines.length = 0;
  }

  private async openTable(step: QueryName, query: QueryName): Promise<SpooledTable> {
    const columns = this.columnsOf(query);
    const [file, handle] = await this.openFile(query, columns, 0);
    const table: SpooledTable = {
      query,
      step,
      files: [file],
      handle,
      rowsInFile: 0,
      columns,
      encoders: columns.map((column) => this.encoderOf(query, column)),
      seen: new Set(),
    };
    this.tables.set(query, table);
    return table;
  }

  private async nextFile(table: SpooledTable): Promise<void> {
    await table.handle.sync();
    await table.handle.close();
    const [file, handle] = await this.openFile(table.query, table.columns, table.files.length);
    table.files.push(file);
    table.handle = handle;
    table.rowsInFile = 0;
  }

  private async openFile(
    query: QueryName,
    columns: readonly string[],
    part: number,
  ): Promise<[string, FileHandle]> {
    const file = path.join(this.folder, `${query}-${part}.csv`);
    const handle = await open(file, 'wx');
    await handle.write(columns.join(',') + '\n');
    return [file, handle];
  }
}

/** A chunk's rows by identity: the last copy of each, where its first copy stood. */
function lastOfEach(rows: readonly Row[], identityOf: (row: Row) => string): Map<string, Row> {
  const unique = new Map<string, Row>();
  for (const row of rows) unique.set(identityOf(row), row);
  return unique;
}

/** What makes two rows the same record, as one string. */
function identityReader(identity: readonly string[]): (row: Row) => string {
  const [single] = identity;
  if (identity.length === 1) return (row) => String(row[single as string]);
  return (row) => identity.map((field) => String(row[field])).join('\u0000');
}

/**
 * Collects the garbage spooling left and lets V8 shrink its heap, when the
 * runtime exposes a collection (the start and ingest scripts run Node with
 * --expose-gc). V8 collects its old space only under allocation pressure, and
 * the COPYs allocate in Kuzu, not in V8: at L the spool's 750 MB of garbage and
 * deduplication sets stayed in the process through the COPYs, on top of
 * Kuzu's own peak. Twice: V8 returns the pages a collection frees once they are
 * swept, which the second collection finishes; after one, the heap's pages
 * stayed committed well into the COPYs. About 0.5 s per bulk load at L.
 */
function handBackMemory(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  collect?.();
}
