import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import kuzu, { type KuzuValue } from 'kuzu';
import {
  StoreBusyError,
  StoreConstraintError,
  StoreError,
  StoreNeedsRebuildError,
} from '../../domain/errors';
import { tieOfSortKey, type GraphBatch, type GraphCounts, type GraphPath } from '../../domain/graph';
import {
  RECORD_KINDS,
  type GraphChanges,
  type GraphFingerprints,
  type RecordKind,
} from '../../domain/graph-diff';
import {
  ROOT_LOOKUPS,
  rootKindOf,
  type ActorListQuery,
  type ClaimListQuery,
  type EventListQuery,
  type GraphChunks,
  type GraphStore,
  type PageSlice,
  type PathQuery,
  type PlannedRead,
  type PlannedReadResult,
  type PlanRoot,
  type SchemaStatus,
  type StatementListQuery,
  type TieListQuery,
} from '../../ports/graph-store.port';
import { checkPlan, leftOut, LOOKUPS, withoutProperties } from '../../domain/read-plan';
import { LOOKUP_QUERIES, pageQueries, toRecord, type PageQueries } from '../shared/lookup-queries';
import { readInSteps } from '../shared/planned-steps';
import { foldActorEdges, toAliasLinks, toGraphStats, toTextHits } from '../shared/analytics-mappers';
import { CypherCatalog, type QueryName } from '../shared/cypher-catalog';
import {
  actorListParams,
  claimListParams,
  eventListParams,
  statementListParams,
  tieListParams,
} from '../shared/list-params';
import * as map from '../shared/record-mappers';
import type { Row } from '../shared/record-mappers';
import { FINGERPRINT_QUERIES, toFingerprints } from '../shared/fingerprint-reads';
import { expectedSchemaObjects, outdatedIndexes, schemaStatusOf } from '../shared/schema-objects';
import {
  chunk,
  chunkIdStep,
  planRemovals,
  planWrites,
  WRITE_CHUNK_SIZE,
  type WriteStep,
} from '../shared/write-plan';
import {
  BULK_MARKS,
  bulkCopyError,
  bulkLoadable,
  csvEncoder,
  loadColumns,
  mergeRows,
  tablesInUndoOrder,
} from './kuzu-bulk-load';
import { fullTextWords } from './full-text-words';
import { fillSearchTexts } from './kuzu-search-texts';
import { BulkSpool, removeLeftSpools, ROWS_PER_FILE, spoolPrefixFor } from './kuzu-bulk-spool';
import { chunkIterator, withChunkSourceErrors } from '../shared/graph-chunks';
import { PlannedChunks } from '../shared/planned-chunks';
import { KuzuConnectionPool, type Lease } from './kuzu-connections';
import { KuzuGate } from './kuzu-gate';
import { KuzuPathSearch } from './kuzu-path-search';
import { KuzuReadLanes } from './kuzu-read-lanes';
import { mapKuzuError } from './kuzu-errors';
import { slimForm } from './slim-query';
import {
  byIdsForms,
  inListParams,
  perIdUnionForm,
  perIdUnionParams,
  prefersScan,
  type ByIdsForms,
} from './per-id-query';

/** What a unit of work holds: a pooled connection and its prepared statements. */
type Connection = Lease;

export interface KuzuOptions {
  readonly cypherRoot?: string;
  /** Kuzu's page cache; its own default is 80% of the machine's memory. */
  readonly bufferPoolMb?: number;
  readonly maxDatabaseGb?: number;
  /** A query running longer is stopped with an error instead of holding the API. */
  readonly queryTimeoutMs?: number;
  /** How long a read waits for a checkpoint before it answers STORE_BUSY. */
  readonly readWaitMs?: number;
  /** Rows per COPY of a node table when an empty store is loaded in bulk (kuzu-bulk-spool.ts). */
  readonly bulkRowsPerCopy?: number;
  /** A write is followed by a checkpoint once the write-ahead log has grown past this size. */
  readonly checkpointWalMb?: number;
}

const DEFAULT_BUFFER_POOL_MB = 1024;
const DEFAULT_MAX_DATABASE_GB = 64;
const DEFAULT_QUERY_TIMEOUT_MS = 30_000;
const BULK_COPY_TIMEOUT_MS = 60 * 60 * 1000;
const DEFAULT_READ_WAIT_MS = 10_000;
/** The list columns relationships had before their lists moved to JSON text (schema.cypher). */
const LEGACY_LIST_COLUMNS = ['roles', 'evidenceIds', 'documentIds'];

/**
 * Statements of one planned read that may run at once, each on a connection
 * of its own: the independent lookups of the API's nested questions come two
 * or three at a time, and our machines have two cores.
 */
const PLANNED_READ_LANES = 3;

/** A checkpoint waits this long for running reads, then is left for the next write or for closing. */
const CHECKPOINT_DRAIN_MS = 5_000;
/**
 * Participants with at least this many events have their count kept between
 * writes, so that their timeline pages need only Kuzu's top-k (participantPageOn);
 * below it the pass that also counts costs no more. At most so many are kept.
 */
const COUNTED_PARTICIPANT_EVENTS = 1_000;
const MAX_COUNTED_PARTICIPANTS = 10_000;
/**
 * Kuzu's own threshold for checkpointing at commit. Below it the committed
 * writes stay in the log (durable, replayed when the store opens) and close()
 * folds them in: a checkpoint rewrites every node group a write touched in a
 * relationship table, and at 1M participations one after a write of 500 events
 * took 7 to 59 s, whatever the log's size, all of it with reads held.
 */
const DEFAULT_CHECKPOINT_WAL_MB = 16;
/** A checkpoint is never worth interrupting: its work is lost and it is due again. */
const CHECKPOINT_TIMEOUT_MS = 60 * 60 * 1000;

/** By-ids queries that a small graph serves better in one pass over their table. */
const SCANS = { ties_by_actor_ids: 'ties_by_actor_ids_scan' } as const satisfies Partial<
  Record<QueryName, QueryName>
>;

/**
 * The embedded store. One Database per process (Kuzu locks its file); every unit
 * of work leases a connection from a small pool and gives it back in `finally`
 * (see KuzuConnectionPool). Reads run in read-only transactions (a read of one
 * statement in the one Kuzu gives it), an ingest in one write transaction.
 */
export class KuzuGraphStore implements GraphStore {
  readonly kind = 'kuzu';

  private readonly connections: KuzuConnectionPool;
  private readonly paths: KuzuPathSearch;
  /** The forms of each by-ids query, derived from its catalogue text on first use. */
  private readonly byIdsForms = new Map<QueryName, ByIdsForms>();

  private readonly gate: KuzuGate;
  /** Whether a write committed since the last checkpoint. */
  private uncheckpointed = false;
  /** Whether the next write's checkpoint runs whatever the log's size (a bulk load just ended). */
  private checkpointDue = false;
  /** Whether a write failed since the full-text indexes were last built (see `write`). */
  private fullTextSuspect = false;
  /** Per-id union forms made so far, by query and number of ids (at most perIdMax of each). */
  private readonly unionTexts = new Map<string, string>();
  /** Slim forms of by-ids queries, by query and properties left out (a few per query). */
  private readonly slimForms = new Map<string, ByIdsForms | null>();
  /** Rows per node table, counted by the first planned read after a write (see `byIdsOn`). */
  private tableRows: ReadonlyMap<string, number> | null = null;
  /** Events of the largest participants, as a read of one graph epoch counted them (participantPageOn). */
  private participantEvents: { readonly epoch: number; readonly counts: Map<string, number> } = {
    epoch: -1,
    counts: new Map(),
  };

  private constructor(
    private readonly database: InstanceType<typeof kuzu.Database>,
    private readonly queries: CypherCatalog,
    private readonly queryTimeoutMs: number,
    readWaitMs: number,
    private readonly bulkRowsPerCopy: number,
    private readonly walPath: string,
    private readonly checkpointWalBytes: number,
    /** Where bulk loads spool their rows (spoolPrefixFor). */
    private readonly spoolPrefix: string,
  ) {
    this.gate = new KuzuGate(readWaitMs, CHECKPOINT_DRAIN_MS);
    this.connections = new KuzuConnectionPool(database);
    this.paths = new KuzuPathSearch((context, work, timeoutMs) =>
      this.read(context, (conn) => work((name, params) => this.run(conn, name, params)), timeoutMs),
    );
  }

  /** Opens (or creates) the database file at `databasePath`, creating its folder if need be. */
  static async open(databasePath: string, options: KuzuOptions = {}): Promise<KuzuGraphStore> {
    const queries = new CypherCatalog('kuzu', options.cypherRoot);
    try {
      mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true });
      const database = new kuzu.Database(
        databasePath,
        (options.bufferPoolMb ?? DEFAULT_BUFFER_POOL_MB) * 1024 * 1024,
        true,
        false,
        // Kuzu reserves address space for the largest database up front (8 TB by
        // default), which caps how many can be open in one process (tests open many).
        (options.maxDatabaseGb ?? DEFAULT_MAX_DATABASE_GB) * 1024 * 1024 * 1024,
        // Checkpoints run when no read does (KuzuGate): Kuzu's own, at commit,
        // waits for readers and fails the write when they keep coming.
        false,
      );
      await database.init();
      // Kuzu's lock is ours now: what a load cut short by a crash spooled is of no use.
      const spoolPrefix = spoolPrefixFor(databasePath);
      await removeLeftSpools(spoolPrefix);
      return new KuzuGraphStore(
        database,
        queries,
        options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
        options.readWaitMs ?? DEFAULT_READ_WAIT_MS,
        options.bulkRowsPerCopy ?? ROWS_PER_FILE,
        `${databasePath}.wal`,
        (options.checkpointWalMb ?? DEFAULT_CHECKPOINT_WAL_MB) * 1024 * 1024,
        spoolPrefix,
      );
    } catch (error) {
      throw mapKuzuError(error, `opening ${databasePath}`);
    }
  }

  /**
   * Creates what is missing, tables and full-text indexes alike, so it is also
   * the repair of a store that lost an index (a crash while one was built).
   * Schema changes run alone, like a checkpoint, and retire prepared statements.
   */
  async initSchema(): Promise<void> {
    await this.gate.write(async () => {
      const ran = await this.gate.alone(async () => {
        await this.withConnection('creating the schema', undefined, async (conn) => {
          const tables = (await this.run(conn, 'list_tables', {})).map((row) => String(row['name']));
          // A bulk load into an empty store that a crash cut short: the store goes back to empty.
          if (tables.includes('GraphMeta')) {
            const [pending] = await this.run(conn, 'bulk_load_pending', {});
            if (Number(pending?.['n'] ?? 0) > 0) await this.emptyAgain(conn);
          }
          const columns = async (query: 'participation_columns' | 'tie_columns') =>
            new Set((await this.run(conn, query, {})).map((row) => String(row['name'])));
          const participationColumns = tables.includes('PARTICIPATED')
            ? await columns('participation_columns')
            : null;
          const tieColumns = tables.includes('TIE') ? await columns('tie_columns') : null;
          // A store that kept a relationship's lists as list columns (schema.cypher says why no longer).
          const listColumns = [participationColumns, tieColumns].some((found) =>
            LEGACY_LIST_COLUMNS.some((column) => found?.has(column)),
          );
          for (const statement of this.queries.statements('schema')) await this.exec(conn, statement);
          if (listColumns) {
            for (const statement of this.queries.statements('upgrade_relationship_lists')) {
              await this.exec(conn, statement);
            }
          }
          // A store from before participations carried their event's keys
          // (participation-event-keys.ts) gains the columns empty. Told by the rows, not
          // the columns: each ALTER commits alone, so a fill that a crash or a timeout
          // cut short left the columns there, and must run again at the next start.
          if (participationColumns !== null) {
            const unfilled = await this.run(conn, 'participations_without_event_keys', {});
            if (unfilled.length > 0) await this.run(conn, 'fill_participation_event_keys', {});
          }
          try {
            await fillSearchTexts({
              run: (name, params) => this.run(conn, name, params),
              dropIndex: (table, index) =>
                this.exec(conn, `CALL DROP_FTS_INDEX('${table}', '${index}')`).catch(() => undefined),
            });
          } catch (error) {
            // The indexes the fill dropped are built again even when it fails: a store
            // is never left without them, and the next start fills again.
            await this.ensureFullTextIndexes(conn).catch(() => undefined);
            throw error;
          }
          await this.ensureFullTextIndexes(conn);
          await this.exec(conn, 'CHECKPOINT');
        });
        await this.connections.invalidate();
      });
      if (!ran) throw new StoreBusyError('reads did not finish in time to update the schema; retry');
    });
  }

  async schemaStatus(): Promise<SchemaStatus> {
    const [tables, indexes] = await this.read('checking the schema', async (conn) => [
      await this.run(conn, 'list_tables', {}),
      await this.run(conn, 'list_indexes', {}),
    ]);
    return schemaStatusOf(this.queries, {
      tables: tables.map((row) => String(row['name'])),
      indexes: indexes.map((row) => String(row['name'])),
      outdated: outdatedIndexes(this.queries, indexes.map(toIndexColumns)),
    });
  }

  /**
   * CREATE_FTS_INDEX has no IF NOT EXISTS form: an existing index is fine, unless
   * its columns are not those of the schema files (a store from before an index
   * changed shape): that one is dropped and built again.
   */
  private async ensureFullTextIndexes(conn: Connection): Promise<void> {
    const found = (await this.run(conn, 'list_indexes', {})).map(toIndexColumns);
    for (const { name, table } of outdatedIndexes(this.queries, found)) {
      await this.exec(conn, `CALL DROP_FTS_INDEX('${table}', '${name}')`);
    }
    let blocked = false;
    for (const statement of this.queries.statements('fulltext_indexes')) {
      try {
        await this.exec(conn, statement);
      } catch (error) {
        if (!/already exists/i.test(String((error as Error).message))) throw error;
        blocked = true;
      }
    }
    if (!blocked) return;
    // "Already exists" is either the index itself (fine) or the hidden tables of
    // a creation a kill cut short, which no statement can drop: told apart by the
    // catalogue, so that no command goes on with a store that lost its index.
    const listed = new Set((await this.run(conn, 'list_indexes', {})).map((row) => String(row['name'])));
    const lost = [...expectedSchemaObjects(this.queries).indexDefinitions]
      .filter(([name]) => !listed.has(name))
      .map(([name, { table }]) => `${name} on ${table}`);
    if (lost.length > 0) {
      throw new StoreNeedsRebuildError(
        `the full-text index ${lost.join(', ')} cannot be created in place: a creation cut short ` +
          'left hidden tables under its name; the records are whole, and rebuilding the store ' +
          'from the sources (npm start, or npm run ingest) restores it',
      );
    }
  }

  /**
   * Full-text indexes stay in place: Kuzu 0.11.3 updates them in the writing
   * transaction (inserts, updates and deletes, and COPY), so readers never see
   * a store without them.
   */
  async writeGraph(batch: GraphBatch): Promise<void> {
    await this.writeGraphChunks([batch]);
  }

  async writeGraphChunks(chunks: GraphChunks): Promise<void> {
    await withChunkSourceErrors(() =>
      this.write('writing the graph', (conn) => this.writeInTransaction(conn, chunks)),
    );
  }

  async applyChanges(changes: GraphChanges): Promise<void> {
    await this.write('applying changes', async (conn) => {
      await this.exec(conn, 'BEGIN TRANSACTION');
      conn.inTransaction = true;
      try {
        for (const step of planRemovals(changes)) {
          for (const params of chunkIdStep(step, WRITE_CHUNK_SIZE)) await this.run(conn, step.query, params);
        }
        await this.mergeSteps(conn, planWrites(changes.upserts));
        await this.syncEventKeys(conn, changes.updated.events);
        await this.run(conn, 'delete_orphan_aliases', {});
        await this.run(conn, 'write_graph_version', { version: randomUUID() });
        await this.exec(conn, 'COMMIT');
      } catch (error) {
        await this.exec(conn, 'ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  async fingerprints(): Promise<GraphFingerprints> {
    const rows = await this.read('reading fingerprints', async (conn) => {
      const byKind = new Map<RecordKind, Row[]>();
      for (const kind of RECORD_KINDS) byKind.set(kind, await this.run(conn, FINGERPRINT_QUERIES[kind], {}));
      return byKind;
    });
    return toFingerprints((kind) => rows.get(kind) ?? []);
  }

  async graphVersion(): Promise<string | null> {
    const [row] = await this.readOne('reading the graph version', 'graph_version', {});
    return typeof row?.['version'] === 'string' ? row['version'] : null;
  }

  /**
   * One write at a time (Kuzu allows one write transaction); reads go on beside
   * it. Afterwards, once the log has grown large enough (or after a bulk load,
   * when it costs nothing), it is folded into the database file while no read runs.
   */
  private async write(context: string, work: (conn: Connection) => Promise<void>): Promise<void> {
    await this.gate.write(async () => {
      if (this.fullTextSuspect) await this.rebuildFullTextIndexes();
      try {
        await this.gate.withoutSearches(() => this.withConnection(context, undefined, work));
      } catch (error) {
        if (error instanceof StoreBusyError) throw error;
        // Kuzu 0.11.3 does not roll its full-text indexes back with the
        // transaction: the next write that updates an indexed node crashes the
        // process. So after a failed write they are built again from the tables.
        this.fullTextSuspect = true;
        await this.rebuildFullTextIndexes().catch(() => undefined);
        throw error;
      } finally {
        this.paths.invalidate();
        this.tableRows = null;
      }
      this.uncheckpointed = true;
      if (this.checkpointDue || (await this.walBytes()) >= this.checkpointWalBytes) await this.checkpoint();
    });
  }

  private async walBytes(): Promise<number> {
    try {
      return (await stat(this.walPath)).size;
    } catch {
      // No log file: nothing to fold in.
      return 0;
    }
  }

  /**
   * Drops and builds every full-text index again while no read runs (reads wait,
   * bounded, then answer STORE_BUSY). Called within the write queue. When reads
   * do not drain in time the indexes stay suspect and the next write retries
   * first, refusing to write until it has.
   */
  private async rebuildFullTextIndexes(): Promise<void> {
    const ran = await this.gate.alone(async () => {
      await this.withConnection('rebuilding full-text indexes', undefined, async (conn) => {
        await this.dropFullTextIndexes(conn);
        await this.ensureFullTextIndexes(conn);
        await this.exec(conn, 'CHECKPOINT');
      });
      await this.connections.invalidate();
    });
    if (!ran)
      throw new StoreBusyError('reads did not finish in time to rebuild the full-text indexes; retry');
    this.fullTextSuspect = false;
    this.uncheckpointed = false;
  }

  /** Folds the write-ahead log into the database file, when no read is running. */
  private async checkpoint(): Promise<void> {
    if (!this.uncheckpointed) return;
    const ran = await this.gate.alone(() =>
      this.withConnection('checkpointing', CHECKPOINT_TIMEOUT_MS, (conn) => this.exec(conn, 'CHECKPOINT')),
    );
    if (ran) {
      this.uncheckpointed = false;
      this.checkpointDue = false;
    }
  }

  /**
   * An empty store is loaded with Kuzu's COPY from CSV files spooled from the
   * chunks (kuzu-bulk-spool.ts), as fast as Kuzu's own bulk path: MERGE hash-joins
   * each batch with a scan of the tables it touches, which a large load would
   * pay once per batch. A store with data,
   * or a first chunk whose text a CSV cell cannot carry, is written by MERGE,
   * chunk by chunk. Either way one transaction: a missing endpoint fails it all.
   */
  private async writeInTransaction(conn: Connection, chunks: GraphChunks): Promise<void> {
    const [existing] = await this.run(conn, 'bulk_has_nodes', {});
    const empty = Number(existing?.['n'] ?? 0) === 0;
    const planned = new PlannedChunks(chunkIterator(chunks));
    // Looked at, not bound: a chunk held here would live through the whole load.
    if (empty && bulkLoadable((await planned.peek())?.steps ?? [])) {
      await this.bulkLoad(conn, planned);
      return;
    }
    await this.exec(conn, 'BEGIN TRANSACTION');
    conn.inTransaction = true;
    try {
      for (let chunk = await planned.take(); chunk; chunk = await planned.take()) {
        await this.mergeSteps(conn, chunk.steps);
        // Events of the chunk may have been in the store with other dates.
        await this.syncEventKeys(conn, chunk.eventIds);
      }
      await this.run(conn, 'write_graph_version', { version: randomUUID() });
      await this.exec(conn, 'COMMIT');
    } catch (error) {
      await this.exec(conn, 'ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /**
   * Spools every chunk, then loads the files table by table, each COPY its own
   * transaction: one transaction holding a large graph outgrows the buffer pool
   * (1M participations do not fit in the default 1 GB). All or nothing still
   * holds: a marker says a load is under way, no read runs while it is, and a
   * load that fails, or is cut short by a crash (seen at the next start),
   * leaves the store as it found it: empty.
   */
  private async bulkLoad(conn: Connection, chunks: PlannedChunks): Promise<void> {
    const spool = await BulkSpool.create(
      (query) => loadColumns(this.queries.get(query)),
      csvEncoder,
      this.bulkRowsPerCopy,
      this.spoolPrefix,
    );
    try {
      for (let chunk = await chunks.take(); chunk; chunk = await chunks.take()) await spool.add(chunk.steps);
      await spool.flush();
      const ran = await this.gate.alone(() => this.loadSpooled(conn, spool));
      if (!ran)
        throw new StoreBusyError(
          'reads did not finish in time to load the graph; nothing was written, retry',
        );
    } finally {
      await spool.dispose();
    }
  }

  private async loadSpooled(conn: Connection, spool: BulkSpool): Promise<void> {
    // One COPY loads a whole table and takes as long as the batch is large; the
    // query timeout is meant for API reads.
    conn.connection.setQueryTimeout(BULK_COPY_TIMEOUT_MS);
    try {
      await this.run(conn, 'bulk_load_begin', { token: randomUUID() });
      for (const copy of spool.copies()) {
        const text = this.queries.get(copy.query).replace('{{file}}', copy.file);
        const params = Object.fromEntries(
          Object.entries(BULK_MARKS).filter(([mark]) => text.includes(`$${mark}`)),
        );
        try {
          await this.run(conn, copy.query, params, text);
        } catch (error) {
          throw bulkCopyError(copy.step, error);
        }
      }
      await this.exec(conn, 'BEGIN TRANSACTION');
      conn.inTransaction = true;
      try {
        await this.run(conn, 'write_graph_version', { version: randomUUID() });
        await this.run(conn, 'bulk_load_end', {});
        await this.exec(conn, 'COMMIT');
        this.checkpointDue = true;
      } catch (error) {
        await this.exec(conn, 'ROLLBACK').catch(() => undefined);
        throw error;
      }
    } catch (error) {
      await this.emptyAgain(conn);
      // Statements prepared against the dropped tables must not run again (Kuzu would crash).
      await this.connections.invalidate();
      throw error;
    } finally {
      conn.connection.setQueryTimeout(this.queryTimeoutMs);
    }
  }

  /** Drops every full-text index the schema files define, those that exist. */
  private async dropFullTextIndexes(conn: Connection): Promise<void> {
    // Names and tables come from fulltext_indexes.cypher (\w+ only), never from input.
    for (const [name, { table }] of expectedSchemaObjects(this.queries).indexDefinitions) {
      await this.exec(conn, `CALL DROP_FTS_INDEX('${table}', '${name}')`).catch(() => undefined);
    }
  }

  /**
   * Undoes a bulk load that did not finish. The store was empty before it, so
   * its tables are dropped and created again: deleting what the load wrote
   * would take a transaction as large as the load. Names come from schema.cypher.
   */
  private async emptyAgain(conn: Connection): Promise<void> {
    const expected = expectedSchemaObjects(this.queries);
    await this.dropFullTextIndexes(conn);
    for (const table of tablesInUndoOrder(expected.tables, expected.relationshipTables)) {
      await this.exec(conn, `DROP TABLE IF EXISTS ${table}`);
    }
    for (const statement of this.queries.statements('schema')) await this.exec(conn, statement);
    await this.ensureFullTextIndexes(conn);
    await this.exec(conn, 'CHECKPOINT');
  }

  /**
   * A store with data is updated with MERGE, so writing the same batch again
   * changes nothing; so is a batch whose text a COPY's column texts cannot carry.
   */
  private async mergeSteps(conn: Connection, steps: readonly WriteStep[]): Promise<void> {
    for (const step of steps) {
      // chunk() yields nothing for an empty step: UNWIND over [] crashes Kuzu 0.11.
      for (const rows of chunk(step.rows, WRITE_CHUNK_SIZE)) {
        if (step.query === 'write_aliases') {
          const keys = [...new Set(rows.map((row) => String(row['key'])))];
          await this.run(conn, 'write_alias_keys', { keys });
        }
        const [result] = await this.run(conn, step.query, { rows: mergeRows(step.query, rows) });
        const matched = Number(result?.['n'] ?? 0);
        if (matched < rows.length) {
          throw new StoreConstraintError(
            `${step.query}: ${rows.length - matched} of ${rows.length} rows reference nodes that do not exist`,
          );
        }
      }
    }
  }

  /** Participations of events written again copy their new keys (participation-event-keys.ts). */
  private async syncEventKeys(conn: Connection, eventIds: readonly string[]): Promise<void> {
    for (const ids of chunk(eventIds, WRITE_CHUNK_SIZE)) {
      await this.run(conn, 'sync_participation_event_keys', { ids });
    }
  }

  async counts(): Promise<GraphCounts> {
    const [row] = await this.readOne('counting', 'counts', {});
    return map.toCounts(row ?? {});
  }

  async close(): Promise<void> {
    // A background load of the path index holds a connection until it ends.
    await this.paths.settled();
    // Reads have stopped coming; what the last writes logged goes into the file.
    await this.gate.write(() => this.checkpoint()).catch(() => undefined);
    await this.connections.close();
    await this.database.close();
  }

  /**
   * Kuzu 0.11 has no subqueries or map projections, so a plan runs step by
   * step (planned-steps.ts): a statement per lookup and step (or one per id, for
   * the few ids of a large table a primary-key lookup serves faster), reading
   * one graph (see `read`). Outside a transaction, steps that do not need each
   * other's records run at once on connections of their own (KuzuReadLanes),
   * and a participant's page tells its events' ids before it reads the events,
   * so their participations are read beside them; in a transaction every
   * statement runs in turn on its connection.
   */
  async readPlanned(reads: readonly PlannedRead[]): Promise<PlannedReadResult> {
    // A plan the vocabulary lacks is the caller's bug, reported as such, not as a store failure.
    for (const read of reads) checkPlan(rootKindOf(read.root), read.plan);
    const fullText = reads.some((read) => read.root.by !== 'ids' && pageQueries(read.root).fullText);
    const needs = reads.map((read) => read.needs);
    const siblings = siblingPageGroups(reads);
    const work = async (conn: Connection) => {
      const tableRows = this.tableRows ?? (await this.countTableRows(conn));
      const lanes = new KuzuReadLanes(conn, this.connections, this.queryTimeoutMs);
      // Each group of sibling pages is read once, by the first of its pages asked for.
      const groupsRead = new Map<SiblingGroup, Promise<Map<string, OwnerPage>>>();
      const siblingPage = (group: SiblingGroup, owner: string) => {
        let read = groupsRead.get(group);
        if (read === undefined) {
          read = lanes.on((lane) => this.siblingPagesOn(lane, group, tableRows));
          groupsRead.set(group, read);
        }
        return read.then((pages) => pages.get(owner) ?? NO_PAGE);
      };
      return readInSteps(reads, {
        lookup: async (lookup, keys) => {
          const { query, node: whole } = LOOKUP_QUERIES[lookup];
          const { kind } = LOOKUPS[lookup];
          // Heavy properties no field of the request reads are left out (slimForm).
          const omitted = leftOut(kind, needs);
          const slim = this.slimFormsOf(query, omitted);
          const rows = await lanes.on((lane) =>
            this.byIdsOn(lane, query, keys, tableRows, slim ?? undefined),
          );
          return rows.map((row) => {
            const record = toRecord(kind, whole ? node(row) : row);
            return slim ? withoutProperties(kind, record, omitted) : record;
          });
        },
        page: async (root, idsKnown) => {
          const page = pageQueries(root);
          // A page's rows are shaped as its kind's lookup by id returns them (a node, or columns).
          const whole = LOOKUP_QUERIES[ROOT_LOOKUPS[page.kind]].node;
          const record = (row: Row) => toRecord(page.kind, whole ? node(row) : row);
          const sibling = siblings.get(root);
          if (sibling !== undefined) {
            const { rows, hasMore, totalCount } = await siblingPage(sibling.group, sibling.owner);
            return { items: rows.map(record), hasMore, totalCount };
          }
          return lanes.on((lane) => this.pageOn(lane, page, record, idsKnown));
        },
        // Statements of a transaction stay on its connection.
        lanes: conn.inTransaction ? 1 : PLANNED_READ_LANES,
      });
    };
    if (fullText) return this.search('planned reads', work);
    // One record by id and nothing below it (`actor(id) { name }`) is one
    // statement, consistent on its own: no BEGIN and COMMIT (see readOne).
    if (isOneLookup(reads)) {
      return this.gate.read(() => this.withConnection('planned reads', undefined, work));
    }
    return this.read('planned reads', work);
  }

  private async countTableRows(conn: Connection): Promise<ReadonlyMap<string, number>> {
    // Kept only when it counted the latest graph: given alone (not in a read
    // transaction's older snapshot) while no write began or ran. A count of the
    // graph before a write, kept after the write reset it, would stand until the next.
    const mark = conn.inTransaction ? null : this.gate.writeMark();
    const [row] = await this.run(conn, 'counts', {});
    const counts = map.toCounts(row ?? {});
    const tableRows = new Map([
      ['Document', counts.documents],
      ['Actor', counts.actors],
      ['Place', counts.places],
      ['Event', counts.events],
      ['Statement', counts.statements],
      ['Claim', counts.claims],
      ['Evidence', counts.evidence],
    ]);
    if (mark !== null && this.gate.unchangedSince(mark)) this.tableRows = tableRows;
    return tableRows;
  }

  actorsByIds(ids: readonly string[]) {
    return this.byIds('actors_by_ids', ids, (row) => map.toActor(node(row)));
  }

  async actorIdsByNameKey(key: string): Promise<string[]> {
    const rows = await this.readOne('finding an actor by name', 'actor_ids_by_name_key', { key });
    return rows.map((row) => String(row['id']));
  }

  listActors(query: ActorListQuery) {
    return this.page(
      'list_actors',
      'count_actors',
      actorListParams(query, true),
      actorListParams(query, false),
      query.limit,
      (row) => map.toActor(node(row)),
    );
  }

  eventsByIds(ids: readonly string[]) {
    return this.byIds('events_by_ids', ids, (row) => map.toEvent(node(row)));
  }

  listEvents(query: EventListQuery) {
    const byParticipant = query.participantId !== null;
    return this.page(
      byParticipant ? 'list_events_by_participant' : 'list_events',
      byParticipant ? 'count_events_by_participant' : 'count_events',
      eventListParams(query, true),
      eventListParams(query, false),
      query.limit,
      (row) => map.toEvent(node(row)),
    );
  }

  statementsByIds(ids: readonly string[]) {
    return this.byIds('statements_by_ids', ids, (row) => map.toStatement(node(row)));
  }

  listStatements(query: StatementListQuery) {
    const byText = query.text !== null;
    return this.page(
      byText ? 'search_statements' : 'list_statements',
      byText ? 'count_search_statements' : 'count_statements',
      statementListParams(query, true),
      statementListParams(query, false),
      query.limit,
      (row) => map.toStatement(node(row)),
    );
  }

  listClaims(query: ClaimListQuery) {
    return this.page(
      'list_claims',
      'count_claims',
      claimListParams(query, true),
      claimListParams(query, false),
      query.limit,
      (row) => map.toClaim(node(row)),
    );
  }

  documentsByIds(ids: readonly string[]) {
    return this.byIds('documents_by_ids', ids, (row) => map.toDocument(node(row)));
  }

  async listDocuments() {
    const rows = await this.readOne('listing documents', 'list_documents', {});
    return rows.map((row) => map.toDocument(node(row)));
  }

  placesByIds(ids: readonly string[]) {
    return this.byIds('places_by_ids', ids, (row) => map.toPlace(node(row)));
  }

  evidenceByIds(ids: readonly string[]) {
    return this.byIds('evidence_by_ids', ids, map.toEvidence);
  }

  evidenceByDocumentIds(ids: readonly string[]) {
    return this.byIds('evidence_by_document_ids', ids, map.toEvidence);
  }

  participationsByEventIds(ids: readonly string[]) {
    return this.byIds('participations_by_event_ids', ids, map.toParticipation);
  }

  participationsByActorIds(ids: readonly string[]) {
    return this.byIds('participations_by_actor_ids', ids, map.toParticipation);
  }

  tiesByIds(ids: readonly string[]) {
    return this.byIds('ties_by_ids', ids, map.toTie);
  }

  listTies(query: TieListQuery) {
    return this.page(
      'list_ties_by_actor',
      'count_ties_by_actor',
      tieListParams(query, true),
      tieListParams(query, false),
      query.limit,
      map.toTie,
    );
  }

  async tiesByActorIds(ids: readonly string[]) {
    return map.uniqueById(await this.byIds('ties_by_actor_ids', ids, map.toTie));
  }

  statementsBySpeakerIds(ids: readonly string[]) {
    return this.byIds('statements_by_speaker_ids', ids, (row) => map.toStatement(node(row)));
  }

  statementsByEventIds(ids: readonly string[]) {
    return this.byIds('statements_by_event_ids', ids, (row) => map.toStatement(node(row)));
  }

  aboutByStatementIds(ids: readonly string[]) {
    return this.byIds('about_by_statement_ids', ids, map.toAbout);
  }

  aboutByActorIds(ids: readonly string[]) {
    return this.byIds('about_by_actor_ids', ids, map.toAbout);
  }

  claimsByIds(ids: readonly string[]) {
    return this.byIds('claims_by_ids', ids, (row) => map.toClaim(node(row)));
  }

  claimsBySubjectIds(ids: readonly string[]) {
    return this.byIds('claims_by_subject_ids', ids, (row) => map.toClaim(node(row)));
  }

  participationsWithEventsByActorIds(ids: readonly string[], limit: number) {
    return this.byIds(
      'participations_by_actor_ids_limited',
      ids,
      (row) => ({ participation: map.toParticipation(row), event: map.toEventSummary(node(row)) }),
      { limit },
    );
  }

  participationsWithActorsByEventIds(ids: readonly string[], limit: number) {
    return this.byIds(
      'participations_by_event_ids_limited',
      ids,
      (row) => ({ participation: map.toParticipation(row), actor: map.toActorSummary(node(row)) }),
      { limit },
    );
  }

  tiesWithActorsByActorIds(ids: readonly string[], limit: number) {
    return this.byIds(
      'ties_by_actor_ids_limited',
      ids,
      (row) => ({ tie: map.toTie(row), actor: map.toActorSummary(node(row)) }),
      { limit },
    );
  }

  warmUp(): Promise<void> {
    return this.paths.warmUp();
  }

  findPaths(query: PathQuery): Promise<GraphPath[]> {
    return this.paths.findPaths(query, this.queryTimeoutMs);
  }

  // --- search, centrality and statistics -------------------------------------

  async searchText(text: string, limit: number) {
    const words = fullTextWords(text);
    // Blank text is a caller's bug; an empty word list would match nothing anyway.
    if (words === '') return [];
    // One statement: without BEGIN and COMMIT, as readOne (Kuzu gives it a read-only transaction).
    const rows = await this.gate.search(() =>
      this.withConnection('searching', undefined, (conn) =>
        this.run(conn, 'search_text', { text: words, limit }),
      ),
    );
    return toTextHits(rows);
  }

  async aliasLinks() {
    return toAliasLinks(await this.readOne('reading spellings', 'alias_links', {}));
  }

  async countAliasLinks() {
    const [row] = await this.readOne('counting spellings', 'count_alias_links', {});
    return Number(row?.['total'] ?? 0);
  }

  async actorGraphEdges() {
    const rows = await this.readOne('reading the actor graph', 'actor_graph_edges', {});
    return foldActorEdges(rows);
  }

  async graphStats() {
    return toGraphStats(await this.readOne('computing statistics', 'graph_stats', {}));
  }

  // --- units of work --------------------------------------------------------

  private async byIds<T>(
    name: QueryName,
    ids: readonly string[],
    toRecord: (row: Row) => T,
    extra: Record<string, unknown> = {},
  ): Promise<T[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const { batch, perId, perIdMax, inList } = this.formsOf(name);
    const perIdText = unique.length <= perIdMax ? perId : null;
    if (perIdText === null) {
      // An expansion filters the node scan by the ids (see inListForm); a node lookup unwinds them.
      const [text, lists] =
        inList === null ? [batch, { ids: unique }] : [inList, inListParams(inList, unique)];
      return (await this.readOne(name, name, { ...extra, ...lists }, text)).map(toRecord);
    }
    if (unique.length === 1) {
      return (await this.readOne(name, name, { ...extra, id: unique[0] }, perIdText)).map(toRecord);
    }
    if (this.formsOf(name).unionable) {
      const text = this.perIdUnionText(perIdText, unique.length);
      return (await this.readOne(name, name, { ...extra, ...perIdUnionParams(unique) }, text)).map(toRecord);
    }
    const rows = await this.read(name, async (conn) => {
      // One index lookup per id; a row limit holds over the whole batch, as in the batch form.
      const limit = typeof extra['limit'] === 'number' ? extra['limit'] : Infinity;
      const all: Row[] = [];
      for (const id of unique) {
        if (all.length >= limit) break;
        const params = Number.isFinite(limit)
          ? { ...extra, id, limit: limit - all.length }
          : { ...extra, id };
        all.push(...(await this.run(conn, name, params, perIdText)));
      }
      return all;
    });
    return rows.map(toRecord);
  }

  /**
   * A by-ids query on a connection inside a unit of work: the forms `byIds`
   * chooses by the number of ids, except where one filtered scan of the keyed
   * table serves them better (prefersScan), as on a curated graph of a few hundred records,
   * where one filtered scan beats both a lookup per id and a hash join.
   */
  private async byIdsOn(
    conn: Connection,
    name: QueryName,
    ids: readonly string[],
    tableRows: ReadonlyMap<string, number>,
    forms: ByIdsForms = this.formsOf(name),
  ): Promise<Row[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const { batch, perId, perIdMax, inList, scan, keyed } = forms;
    const scanned = Math.max(0, ...keyed.map((label) => tableRows.get(label) ?? Infinity));
    if (scan !== null && prefersScan(forms, unique.length, scanned)) {
      const whole = SCANS[name as keyof typeof SCANS];
      if (whole !== undefined) return this.run(conn, whole, { ids: unique, ids2: unique });
      return this.run(conn, name, inListParams(scan, unique), scan);
    }
    if (perId === null || unique.length > perIdMax) {
      const [text, lists] =
        inList === null ? [batch, { ids: unique }] : [inList, inListParams(inList, unique)];
      return this.run(conn, name, lists, text);
    }
    if (unique.length > 1 && forms.unionable) {
      return this.run(conn, name, perIdUnionParams(unique), this.perIdUnionText(perId, unique.length));
    }
    const rows: Row[] = [];
    for (const id of unique) rows.push(...(await this.run(conn, name, { id }, perId)));
    return rows;
  }

  /** The per-id union form of a by-ids query for this many ids (perIdUnionForm), made once. */
  private perIdUnionText(perId: string, count: number): string {
    const key = `${count}:${perId}`;
    let text = this.unionTexts.get(key);
    if (text === undefined) {
      text = perIdUnionForm(perId, count);
      this.unionTexts.set(key, text);
    }
    return text;
  }

  /**
   * The forms of a by-ids query without the properties left out (slimForm),
   * derived once per set left out; null when nothing is left out or the
   * query has no slim form (whole records are then read).
   */
  private slimFormsOf(name: QueryName, omitted: readonly string[]): ByIdsForms | null {
    if (omitted.length === 0) return null;
    const key = `${name}|${omitted.join(',')}`;
    let slim = this.slimForms.get(key);
    if (slim === undefined) {
      const text = slimForm(this.queries.get(name), omitted);
      slim = text === null ? null : byIdsForms(text);
      this.slimForms.set(key, slim);
    }
    return slim;
  }

  private formsOf(name: QueryName): ByIdsForms {
    let forms = this.byIdsForms.get(name);
    if (!forms) {
      forms = byIdsForms(this.queries.get(name));
      this.byIdsForms.set(name, forms);
    }
    return forms;
  }

  private async page<T>(
    listQuery: QueryName,
    countQuery: QueryName,
    listParams: Record<string, unknown>,
    countParams: Record<string, unknown>,
    limit: number,
    toRecord: (row: Row) => T,
  ): Promise<PageSlice<T>> {
    const read = listQuery === 'search_statements' ? this.search.bind(this) : this.read.bind(this);
    const page = { list: listQuery, count: countQuery, listParams, countParams, limit };
    return read(listQuery, (conn) => this.pageOn(conn, page, toRecord));
  }

  /** A page of records; where their ids come first (a participant's events), `idsKnown` hears them then. */
  private async pageOn<T>(
    conn: Connection,
    page: Pick<PageQueries, 'list' | 'count' | 'listParams' | 'countParams' | 'limit'>,
    toRecord: (row: Row) => T,
    idsKnown?: (ids: readonly string[]) => void,
  ): Promise<PageSlice<T>> {
    // A participant's events are paged by their keys: Kuzu's dialect folder has no list or count of them.
    if (page.list === 'list_events_by_participant') {
      return this.participantPageOn(conn, page, toRecord, idsKnown);
    }
    if (page.list === 'list_ties_by_actor') return this.actorTiePageOn(conn, page, toRecord);
    const { list, count: countQuery, limit } = page;
    let { listParams, countParams } = page;
    if (list === 'search_statements') {
      const text = fullTextWords(String(listParams['text']));
      // No word to look for: no statement matches.
      if (text === '') return { items: [], hasMore: false, totalCount: 0 };
      listParams = { ...listParams, text };
      countParams = { ...countParams, text };
    }
    // One extra row tells whether a next page exists without a second count.
    const rows = await this.run(conn, list, { ...listParams, limit: limit + 1 });
    const hasMore = rows.length > limit;
    // A first page that holds every match is its own count: most actors' timelines
    // fit in one page, and a statement costs Kuzu about a millisecond even on a small graph.
    const whole = !hasMore && (listParams['after'] ?? '') === '';
    const [count] = whole ? [{ total: rows.length }] : await this.run(conn, countQuery, countParams);
    return {
      items: rows.slice(0, limit).map(toRecord),
      hasMore,
      totalCount: Number(count?.['total'] ?? 0),
    };
  }

  /**
   * A participant's page of events: its sort keys and the count of matches in
   * one pass over the participant's adjacency (page_event_keys_by_participant),
   * then the page's events by id. Reading the events before the cut would read
   * every event of the participant (600 ms for a hub of 56,000 at L), and a
   * count and a page of keys apart would pass over the adjacency twice. A
   * timeline (no filter) of a participant whose count a read since the last
   * write has seen reads its page of keys alone, by Kuzu's top-k: for a hub of
   * 55,767 events, 22 ms against 30-34 ms for the pass that also counts. The
   * counts are kept per graph epoch (countsOfEpoch), so a write never leaves a
   * stale one behind.
   */
  private async participantPageOn<T>(
    conn: Connection,
    page: Pick<PageQueries, 'listParams' | 'limit'>,
    toRecord: (row: Row) => T,
    idsKnown?: (ids: readonly string[]) => void,
  ): Promise<PageSlice<T>> {
    const { listParams, limit } = page;
    const unfiltered =
      listParams['anyType'] === true &&
      listParams['from'] === '' &&
      listParams['to'] === '' &&
      listParams['withUndated'] === true &&
      listParams['withDated'] === true;
    const { keys, total } = unfiltered
      ? await this.timelineKeys(
          conn,
          String(listParams['participantId']),
          String(listParams['after']),
          limit + 1,
        )
      : await this.filteredKeys(conn, { ...listParams, limit: limit + 1 });
    const pageKeys = keys.slice(0, limit);
    idsKnown?.(pageKeys.map(eventIdOfKey));
    const tableRows = this.tableRows ?? (await this.countTableRows(conn));
    const rows =
      pageKeys.length === 0
        ? []
        : await this.byIdsOn(conn, 'events_by_ids', pageKeys.map(eventIdOfKey), tableRows);
    return {
      items: rowsInKeyOrder(pageKeys, rows, eventKeyOf, 'page_event_keys_by_participant').map(toRecord),
      hasMore: keys.length > limit,
      totalCount: total,
    };
  }

  /**
   * An actor's page of ties: the page's keys, cut by Kuzu's top-k over the
   * actor's adjacency in both directions (list_ties_by_actor), then those ties
   * with every column from the actor's adjacency (ties_of_actor_by_ids), and
   * the count unless the first page holds every match. A hub's 8,200 ties took
   * 200 ms to return whole; their page 8 ms for its keys and 20-30 for its rows.
   */
  private async actorTiePageOn<T>(
    conn: Connection,
    page: Pick<PageQueries, 'listParams' | 'countParams' | 'limit'>,
    toRecord: (row: Row) => T,
  ): Promise<PageSlice<T>> {
    const { listParams, countParams, limit } = page;
    const keyed = await this.run(conn, 'list_ties_by_actor', { ...listParams, limit: limit + 1 });
    const onPage = keyed.slice(0, limit);
    const keys = onPage.map(map.tieSortKeyOf);
    const ids = onPage.map((row) => String(row['id']));
    const hasMore = keyed.length > limit;
    const first = listParams['afterType'] === '' && listParams['afterId'] === '';
    const actorId = listParams['actorId'];
    // In turn: the statements of a unit of work share its connection.
    const rows =
      ids.length === 0
        ? []
        : await this.run(conn, 'ties_of_actor_by_ids', { actorId, actorId2: actorId, ids, ids2: ids });
    const total =
      !hasMore && first
        ? ids.length
        : Number((await this.run(conn, 'count_ties_by_actor', countParams))[0]?.['total'] ?? 0);
    return {
      items: rowsInKeyOrder(keys, rows, map.tieSortKeyOf, 'list_ties_by_actor').map(toRecord),
      hasMore,
      totalCount: total,
    };
  }

  /**
   * Sibling pages (siblingPageGroups): for every owner of the group, its page
   * of keys and count in one statement, then the records of every page in one
   * more. Below a list of 37 participants, a page each took 190 ms on the seeds
   * where the whole group takes a few; at L, with two hubs among 32 owners,
   * 50-70 ms for the ties' keys and 85 for their rows, 100-120 for the events'
   * keys, where reading the owners' ties or events whole took seconds.
   */
  private async siblingPagesOn(
    conn: Connection,
    group: SiblingGroup,
    tableRows: ReadonlyMap<string, number>,
  ): Promise<Map<string, OwnerPage>> {
    const { limit } = group;
    const keyed = await this.run(conn, group.keysQuery, { ...group.params, limit: limit + 1 });
    const pages = keyed.map((row) => {
      const { keys, total } = keysAndTotal(row);
      return { owner: String(row['owner']), keys: keys.slice(0, limit), hasMore: keys.length > limit, total };
    });
    const keys = pages.flatMap((page) => page.keys);
    let rows: Row[] = [];
    if (keys.length > 0 && group.kind === 'tie') {
      const ids = [...new Set(keys.map((key) => tieOfSortKey(key).id))];
      const actorIds = group.owners;
      rows = await this.run(conn, 'ties_of_actors_by_ids', { actorIds, actorIds2: actorIds, ids, ids2: ids });
    } else if (keys.length > 0) {
      rows = await this.byIdsOn(conn, 'events_by_ids', [...new Set(keys.map(eventIdOfKey))], tableRows);
    }
    const keyOf = group.kind === 'tie' ? map.tieSortKeyOf : eventKeyOf;
    return new Map(
      pages.map(({ owner, keys: pageKeys, hasMore, total }) => [
        owner,
        { rows: rowsInKeyOrder(pageKeys, rows, keyOf, group.keysQuery), hasMore, totalCount: total },
      ]),
    );
  }

  private async filteredKeys(
    conn: Connection,
    params: Record<string, unknown>,
  ): Promise<{ keys: string[]; total: number }> {
    const [row] = await this.run(conn, 'page_event_keys_by_participant', params);
    return keysAndTotal(row);
  }

  /** A participant's page of event keys (`limit` of them, after `after`) and how many events it has. */
  private async timelineKeys(
    conn: Connection,
    participantId: string,
    after: string,
    limit: number,
  ): Promise<{ keys: string[]; total: number }> {
    const counted = this.countsOfEpoch(conn.graphEpoch);
    const known = counted?.get(participantId);
    if (known !== undefined) {
      const rows = await this.run(conn, 'page_event_keys_by_participant_top', {
        participantId,
        after,
        limit,
      });
      return { keys: rows.map((row) => String(row['key'])), total: known };
    }
    const [row] = await this.run(conn, 'page_event_keys_by_participant_unfiltered', {
      participantId,
      after,
      limit,
    });
    const page = keysAndTotal(row);
    // Only where the top-k is worth a cache entry; a bounded number of them.
    if (counted && page.total >= COUNTED_PARTICIPANT_EVENTS && counted.size < MAX_COUNTED_PARTICIPANTS) {
      counted.set(participantId, page.total);
    }
    return page;
  }

  /**
   * The participants' counts that hold for a unit of work reading graph epoch
   * `epoch` (Lease.graphEpoch), kept for the latest epoch read; none for a read
   * in a transaction, whose snapshot no epoch names. A count kept by a read
   * that a write overtook is tagged with the epoch before that write, which no
   * read starts at any more; reads already running at it are read again in a
   * transaction (see `read`), which uses none.
   */
  private countsOfEpoch(epoch: number | null): Map<string, number> | null {
    if (epoch === null || epoch < this.participantEvents.epoch) return null;
    if (epoch > this.participantEvents.epoch) this.participantEvents = { epoch, counts: new Map() };
    return this.participantEvents.counts;
  }

  /**
   * A read of several statements that must see one graph. While no write runs
   * or begins, every statement given alone (a read-only transaction of its own,
   * see readOne) reads the same committed graph, so they run so, without BEGIN
   * and COMMIT (two trips through Kuzu's worker threads, about 0.6 ms a read on
   * our machines). When a write runs at the start, or began by the end, the
   * read runs (again) in one read-only transaction, which reads one snapshot
   * whatever commits beside it. A first pass that failed because a write moved
   * what it had read (a page's key gone from the records it then looked up) is
   * read again so too; a failure on one graph is the read's own.
   */
  private read<T>(context: string, work: (conn: Connection) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.gate.read(async () => {
      const mark = this.gate.writeMark();
      if (mark !== null) {
        try {
          const result = await this.withConnection(context, timeoutMs, (conn) => {
            conn.graphEpoch = mark;
            return work(conn);
          });
          if (this.gate.unchangedSince(mark)) return result;
        } catch (error) {
          if (this.gate.unchangedSince(mark)) throw error;
        }
      }
      return this.readTransaction(context, work, timeoutMs);
    });
  }

  /**
   * A read that queries a full-text index: never beside a write transaction
   * (see KuzuGate), so no write commits while it runs, and its statements,
   * each given alone, read one graph without BEGIN and COMMIT.
   */
  private search<T>(context: string, work: (conn: Connection) => Promise<T>): Promise<T> {
    return this.gate.search(() => this.withConnection(context, undefined, work));
  }

  private readTransaction<T>(
    context: string,
    work: (conn: Connection) => Promise<T>,
    timeoutMs?: number,
  ): Promise<T> {
    return this.withConnection(context, timeoutMs, async (conn) => {
      await this.exec(conn, 'BEGIN TRANSACTION READ ONLY');
      conn.inTransaction = true;
      let result: T;
      try {
        result = await work(conn);
      } catch (error) {
        await this.exec(conn, 'ROLLBACK').catch(() => undefined);
        throw error;
      }
      await this.exec(conn, 'COMMIT');
      return result;
    });
  }

  /**
   * A read of one statement. Kuzu runs a statement given outside a transaction in
   * a transaction of its own, read-only when the statement only reads (a contract
   * test holds every read query to that), so this is `read` without BEGIN and
   * COMMIT: each of those is a trip through Kuzu's worker threads, about 0.4 ms on
   * our machines, and together they doubled the cost of a lookup by id.
   */
  private readOne(
    context: string,
    name: QueryName,
    params: Record<string, unknown>,
    text?: string,
  ): Promise<Row[]> {
    return this.gate.read(() =>
      this.withConnection(context, undefined, (conn) => this.run(conn, name, params, text)),
    );
  }

  private async withConnection<T>(
    context: string,
    timeoutMs: number | undefined,
    work: (conn: Connection) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.connections.use(timeoutMs ?? this.queryTimeoutMs, work);
    } catch (error) {
      throw mapKuzuError(error, context);
    }
  }

  private async exec(conn: Connection, statement: string): Promise<void> {
    const result = await conn.connection.query(statement);
    for (const each of Array.isArray(result) ? result : [result]) each.close();
  }

  private async run(
    conn: Connection,
    name: QueryName,
    params: Record<string, unknown>,
    text: string = this.queries.get(name),
  ): Promise<Row[]> {
    const prepared = await conn.prepare(text);
    if (!prepared.isSuccess()) throw new StoreError(`${name}: ${prepared.getErrorMessage()}`);
    const result = await conn.connection.execute(prepared, params as Record<string, KuzuValue>);
    const single = Array.isArray(result) ? result[0] : result;
    if (!single) return [];
    try {
      // The query has run; reading its rows synchronously is ~10x faster than
      // getAll(), which crosses to the worker thread once per row.
      return single.getAllSync() as Row[];
    } finally {
      single.close();
    }
  }
}

function toIndexColumns(row: Row): { name: string; columns: string[] } {
  const columns = row['columns'];
  return { name: String(row['name']), columns: Array.isArray(columns) ? columns.map(String) : [] };
}

/** Whether planned reads come down to one lookup by primary key (one statement). */
function isOneLookup(reads: readonly PlannedRead[]): boolean {
  const [read] = reads;
  return (
    reads.length === 1 &&
    read !== undefined &&
    read.root.by === 'ids' &&
    new Set(read.root.ids).size <= 1 &&
    Object.keys(read.plan).length === 0
  );
}

/** A page of one owner read with its siblings, as rows the page's kind maps to records. */
interface OwnerPage {
  readonly rows: readonly Row[];
  readonly hasMore: boolean;
  readonly totalCount: number;
}
const NO_PAGE: OwnerPage = { rows: [], hasMore: false, totalCount: 0 };

/** Pages of several owners with one filter and cursor: one statement gives all their keys. */
interface SiblingGroup {
  readonly kind: 'tie' | 'event';
  readonly keysQuery: QueryName;
  readonly owners: readonly string[];
  /** The keys query's parameters but `limit`: the pages' filter and cursor, and the owners. */
  readonly params: Record<string, unknown>;
  readonly limit: number;
}

/** Per kind of sibling page: its owner's parameter, and the statement (and its owners' parameter) that keys them all. */
const SIBLING_PAGES = {
  tiePage: {
    kind: 'tie',
    ownerParam: 'actorId',
    keysQuery: 'page_tie_keys_by_actors',
    ownersParam: 'actorIds',
  },
  eventPage: {
    kind: 'event',
    ownerParam: 'participantId',
    keysQuery: 'page_event_keys_by_participants',
    ownersParam: 'participantIds',
  },
} as const;

/**
 * The page roots of a planned read that are sibling pages: pages of an actor's
 * ties, or of a participant's events, two or more of them with the same filter,
 * cursor and size (the same nested field below each record of a list), each
 * with its group and owner. Kuzu has no subqueries, so a page each costs a
 * statement or two; a group is read with two (siblingPagesOn).
 */
function siblingPageGroups(
  reads: readonly PlannedRead[],
): Map<PlanRoot, { group: SiblingGroup; owner: string }> {
  type Sibling = {
    root: PlanRoot;
    by: keyof typeof SIBLING_PAGES;
    owner: string;
    params: Record<string, unknown>;
  };
  const byShape = new Map<string, Sibling[]>();
  for (const { root } of reads) {
    const owned =
      root.by === 'tiePage'
        ? { by: root.by, owner: root.query.actorId, params: tieListParams(root.query, true) }
        : root.by === 'eventPage' && root.query.participantId !== null
          ? { by: root.by, owner: root.query.participantId, params: eventListParams(root.query, true) }
          : null;
    if (owned === null) continue;
    const { by } = owned;
    // The page's filter, cursor and size: everything but its owner.
    const { [SIBLING_PAGES[by].ownerParam]: _owner, ...params } = owned.params;
    const key = `${by}|${JSON.stringify(params)}`;
    byShape.set(key, [...(byShape.get(key) ?? []), { root, by, owner: owned.owner, params }]);
  }
  const groups = new Map<PlanRoot, { group: SiblingGroup; owner: string }>();
  for (const pages of byShape.values()) {
    const owners = [...new Set(pages.map(({ owner }) => owner))];
    const [first] = pages;
    if (first === undefined || owners.length < 2) continue;
    const { kind, keysQuery, ownersParam } = SIBLING_PAGES[first.by];
    const { limit, ...params } = first.params;
    const group: SiblingGroup = {
      kind,
      keysQuery,
      owners,
      params: { ...params, [ownersParam]: owners },
      limit: Number(limit),
    };
    for (const { root, owner } of pages) groups.set(root, { group, owner });
  }
  return groups;
}

/** The page of sort keys a page_*_keys_* row carries, and the count beside it. */
function keysAndTotal(row: Row | undefined): { keys: string[]; total: number } {
  const keys = row?.['keys'];
  return { keys: Array.isArray(keys) ? keys.map(String) : [], total: Number(row?.['total'] ?? 0) };
}

/** An event's sort key ends with its id (dateSortKey). */
function eventIdOfKey(key: string): string {
  return key.slice(key.indexOf('|') + 1);
}

/**
 * The records read for a page of keys, in the keys' order. Each must be found
 * under its key (`keyOf`): the keys came from the same read as the records (an
 * event's from its participations' copies, kept in step by every write).
 */
function rowsInKeyOrder(
  keys: readonly string[],
  rows: readonly Row[],
  keyOf: (row: Row) => string,
  keysQuery: QueryName,
): Row[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => {
    const row = byKey.get(key);
    if (row === undefined) throw new StoreError(`${keysQuery}: no record for key "${key}"`);
    return row;
  });
}

/** An event row's key: its sort key (page_event_keys_*). */
const eventKeyOf = (row: Row): string => String(node(row)['sortKey']);

/** A Kuzu node value is its properties plus `_label` and `_id`. */
function node(row: Row): Row {
  const value = row['n'] as Row;
  const { _label: _l, _id: _i, ...properties } = value;
  return properties;
}
