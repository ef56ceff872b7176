import { mkdirSync } from 'node:fs';
import path from 'node:path';
import kuzu, { type KuzuValue } from 'kuzu';
import { StoreConstraintError, StoreError } from '../../domain/errors';
import type { GraphBatch, GraphCounts, GraphPath } from '../../domain/graph';
import type {
  ActorListQuery,
  EventListQuery,
  GraphStore,
  PageSlice,
  PathQuery,
  StatementListQuery,
} from '../../ports/graph-store.port';
import { foldActorEdges, toAliasLinks, toGraphStats, toTextHits } from '../shared/analytics-mappers';
import { CypherCatalog, type QueryName } from '../shared/cypher-catalog';
import { actorListParams, eventListParams, statementListParams } from '../shared/list-params';
import * as map from '../shared/record-mappers';
import type { Row } from '../shared/record-mappers';
import { chunk, planWrites, WRITE_CHUNK_SIZE, type WriteStep } from '../shared/write-plan';
import { bulkCopies, bulkCopyError, bulkLoadable, copyColumns, mergeRows } from './kuzu-bulk-load';
import { KuzuConnectionPool, type Lease } from './kuzu-connections';
import { KuzuPathSearch } from './kuzu-path-search';
import { mapKuzuError } from './kuzu-errors';
import { byIdsForms, inListParams, type ByIdsForms } from './per-id-query';

/** What a unit of work holds: a pooled connection and its prepared statements. */
type Connection = Lease;

export interface KuzuOptions {
  readonly cypherRoot?: string;
  /** Kuzu's page cache; its own default is 80% of the machine's memory. */
  readonly bufferPoolMb?: number;
  readonly maxDatabaseGb?: number;
  /** A query running longer is stopped with an error instead of holding the API. */
  readonly queryTimeoutMs?: number;
}

const DEFAULT_BUFFER_POOL_MB = 1024;
const DEFAULT_MAX_DATABASE_GB = 64;
const DEFAULT_QUERY_TIMEOUT_MS = 30_000;
const BULK_COPY_TIMEOUT_MS = 60 * 60 * 1000;

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

  private constructor(
    private readonly database: InstanceType<typeof kuzu.Database>,
    private readonly queries: CypherCatalog,
    private readonly queryTimeoutMs: number,
  ) {
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
      );
      await database.init();
      return new KuzuGraphStore(database, queries, options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS);
    } catch (error) {
      throw mapKuzuError(error, `opening ${databasePath}`);
    }
  }

  async initSchema(): Promise<void> {
    await this.withConnection('creating the schema', undefined, async (conn) => {
      for (const statement of this.queries.statements('schema')) await this.exec(conn, statement);
      await this.ensureFullTextIndexes(conn);
    });
    await this.connections.invalidate();
  }

  /** CREATE_FTS_INDEX has no IF NOT EXISTS form: an existing index is fine. */
  private async ensureFullTextIndexes(conn: Connection): Promise<void> {
    for (const statement of this.queries.statements('fulltext_indexes')) {
      try {
        await this.exec(conn, statement);
      } catch (error) {
        if (!/already exists/i.test(String((error as Error).message))) throw error;
      }
    }
  }

  private async dropFullTextIndexes(conn: Connection): Promise<void> {
    for (const statement of this.queries.statements('drop_fulltext_indexes')) {
      try {
        await this.exec(conn, statement);
      } catch (error) {
        if (!/does not exist|doesn't have an index/i.test(String((error as Error).message))) throw error;
      }
    }
  }

  async writeGraph(batch: GraphBatch): Promise<void> {
    try {
      await this.withConnection('writing the graph', undefined, async (conn) => {
        // Kuzu 0.11 crashes when a write updates a full-text-indexed property; the
        // indexes are rebuilt afterwards whether the write commits or rolls back.
        await this.dropFullTextIndexes(conn);
        try {
          await this.writeInTransaction(conn, batch);
        } finally {
          await this.ensureFullTextIndexes(conn);
        }
      });
    } finally {
      // The full-text indexes were dropped and rebuilt: statements prepared on them are stale.
      await this.connections.invalidate();
      this.paths.invalidate();
    }
  }

  private async writeInTransaction(conn: Connection, batch: GraphBatch): Promise<void> {
    await this.exec(conn, 'BEGIN TRANSACTION');
    try {
      const steps = planWrites(batch);
      const [existing] = await this.run(conn, 'bulk_has_nodes', {});
      const empty = Number(existing?.['n'] ?? 0) === 0;
      if (empty && bulkLoadable(steps)) await this.bulkLoad(conn, steps);
      else await this.mergeSteps(conn, steps);
      await this.exec(conn, 'COMMIT');
    } catch (error) {
      await this.exec(conn, 'ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /**
   * An empty store is loaded with one COPY per table: Kuzu 0.11 plans
   * `UNWIND … MATCH ({id})` as a scan of the whole table, so MERGE slows as the
   * store grows, while COPY finds endpoints by primary key. A missing endpoint
   * fails the COPY, and the transaction with it.
   */
  private async bulkLoad(conn: Connection, steps: readonly WriteStep[]): Promise<void> {
    // One COPY loads a whole table and takes as long as the batch is large; the
    // query timeout is meant for API reads.
    conn.connection.setQueryTimeout(BULK_COPY_TIMEOUT_MS);
    try {
      for (const copy of bulkCopies(steps, (query) => copyColumns(this.queries.get(query)))) {
        try {
          await this.run(conn, copy.query, copy.params);
        } catch (error) {
          throw bulkCopyError(copy, error);
        }
      }
    } finally {
      conn.connection.setQueryTimeout(this.queryTimeoutMs);
    }
  }

  /**
   * A store with data is updated with MERGE, so writing the same batch again
   * changes nothing; so is a batch whose text a COPY's column texts cannot carry.
   */
  private async mergeSteps(conn: Connection, steps: readonly WriteStep[]): Promise<void> {
    for (const step of steps) {
      // chunk() yields nothing for an empty step: UNWIND over [] crashes Kuzu 0.11.
      for (const rows of chunk(step.rows, WRITE_CHUNK_SIZE)) {
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

  async counts(): Promise<GraphCounts> {
    const [row] = await this.readOne('counting', 'counts', {});
    return map.toCounts(row ?? {});
  }

  async close(): Promise<void> {
    // A background load of the path index holds a connection until it ends.
    await this.paths.settled();
    await this.connections.close();
    await this.database.close();
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
    // Blank text is a caller's bug; an empty word list would match nothing anyway.
    if (text.trim() === '') return [];
    const rows = await this.readOne('searching', 'search_text', { text, limit });
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
    return this.read(listQuery, async (conn) => {
      // One extra row tells whether a next page exists without a second count.
      const rows = await this.run(conn, listQuery, { ...listParams, limit: limit + 1 });
      const [count] = await this.run(conn, countQuery, countParams);
      return {
        items: rows.slice(0, limit).map(toRecord),
        hasMore: rows.length > limit,
        totalCount: Number(count?.['total'] ?? 0),
      };
    });
  }

  private read<T>(context: string, work: (conn: Connection) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.withConnection(context, timeoutMs, async (conn) => {
      await this.exec(conn, 'BEGIN TRANSACTION READ ONLY');
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
    return this.withConnection(context, undefined, (conn) => this.run(conn, name, params, text));
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

/** A Kuzu node value is its properties plus `_label` and `_id`. */
function node(row: Row): Row {
  const value = row['n'] as Row;
  const { _label: _l, _id: _i, ...properties } = value;
  return properties;
}
