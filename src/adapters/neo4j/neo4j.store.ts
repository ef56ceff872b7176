import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction, type Session, type SessionMode } from 'neo4j-driver';
import { StoreConstraintError, StoreUnavailableError } from '../../domain/errors';
import type { GraphBatch, GraphCounts, GraphPath, StatementRecord } from '../../domain/graph';
import {
  RECORD_KINDS,
  type GraphChanges,
  type GraphFingerprints,
  type RecordKind,
} from '../../domain/graph-diff';
import {
  ROOT_LOOKUPS,
  type ActorListQuery,
  type ClaimListQuery,
  type EventListQuery,
  type GraphChunks,
  type GraphStore,
  type PageSlice,
  type PathQuery,
  type PlannedRead,
  type PlannedReadResult,
  type PlannedRootResult,
  type SchemaStatus,
  type StatementListQuery,
  type TieListQuery,
} from '../../ports/graph-store.port';
import type { PlanRecord } from '../../domain/read-plan';
import { PlannedRecordsBuilder } from '../shared/planned-records';
import { collectTree, treeQuery } from './neo4j-tree-query';
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
import { schemaStatusOf } from '../shared/schema-objects';
import { chunkIterator, withChunkSourceErrors } from '../shared/graph-chunks';
import { chunk, chunkIdStep, planRemovals, planWrites, WRITE_CHUNK_SIZE } from '../shared/write-plan';
import { mapNeo4jError, neo4jErrorCode } from './neo4j-errors';

export interface Neo4jOptions {
  /** bolt://, bolt+s://, neo4j:// or neo4j+s://; with neo4j:// the driver routes. */
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Defaults to the user's home database ("neo4j" on a fresh server). */
  readonly database?: string;
  readonly cypherRoot?: string;
  /**
   * Server-side timeout of a read transaction. A write gets this much per
   * statement it runs, the budget Kuzu gives each of its queries.
   */
  readonly queryTimeoutMs?: number;
  /** How long the driver keeps retrying a transaction that failed with a transient error. */
  readonly maxTransactionRetryTimeMs?: number;
}

const DEFAULT_QUERY_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_TRANSACTION_RETRY_TIME_MS = 5_000;
/** Creating an index waits for it to come online (db.awaitIndexes waits up to 300 s). */
const SCHEMA_TIMEOUT_MS = 330_000;
/** A chunked write (an import) is as long as its input; the per-query timeout is meant for reads. */
const CHUNKED_WRITE_TIMEOUT_MS = 60 * 60 * 1000;
const CONNECTION_TIMEOUT_MS = 10_000;
const CONNECTION_ACQUISITION_TIMEOUT_MS = 20_000;

/**
 * The server store. One driver per process (it owns the connection pool and,
 * for neo4j:// URIs, the routing table); every unit of work opens its own
 * session and closes it in `finally`. Reads run in managed read transactions,
 * an ingest in one managed write transaction.
 */
export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j';

  private constructor(
    private readonly driver: Driver,
    private readonly queries: CypherCatalog,
    private readonly database: string | undefined,
    private readonly queryTimeoutMs: number,
  ) {}

  /** Creates the driver and checks that the server answers with these credentials. */
  static async open(options: Neo4jOptions): Promise<Neo4jGraphStore> {
    const queries = new CypherCatalog('neo4j', options.cypherRoot);
    const target = describeTarget(options.uri, options.database);
    let driver: Driver;
    try {
      driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
        // Integers come back as JavaScript numbers; every count and offset here is far below 2^53.
        disableLosslessIntegers: true,
        maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? DEFAULT_MAX_TRANSACTION_RETRY_TIME_MS,
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        connectionAcquisitionTimeout: CONNECTION_ACQUISITION_TIMEOUT_MS,
        userAgent: 'polgraph',
      });
    } catch (error) {
      throw new StoreUnavailableError(`cannot use Neo4j at ${target}: ${errorMessage(error)}`, {
        cause: error,
      });
    }
    try {
      await driver.verifyConnectivity(options.database !== undefined ? { database: options.database } : {});
    } catch (error) {
      await driver.close().catch(() => undefined);
      throw new StoreUnavailableError(connectFailure(error, target, options.user), { cause: error });
    }
    return new Neo4jGraphStore(
      driver,
      queries,
      options.database,
      options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
    );
  }

  /** Each schema statement in its own transaction: Neo4j does not mix schema and data changes. */
  async initSchema(): Promise<void> {
    const statements = [...this.queries.statements('schema'), ...this.queries.statements('fulltext_indexes')];
    await this.withSession('creating the schema', neo4j.session.WRITE, async (session) => {
      for (const statement of statements) {
        await session.executeWrite(
          async (tx) => {
            await tx.run(statement);
          },
          this.txConfig('schema', Math.max(this.queryTimeoutMs, SCHEMA_TIMEOUT_MS)),
        );
      }
    });
  }

  /**
   * SHOW commands run as auto-commit queries in a read session, each on its own:
   * they may not share a transaction with other statements.
   */
  async schemaStatus(): Promise<SchemaStatus> {
    const [tables, indexes] = await this.withSession(
      'checking the schema',
      neo4j.session.READ,
      async (session) => {
        const show = async (name: QueryName) =>
          (await session.run(this.queries.get(name))).records.map((record) => String(record.get('name')));
        return [await show('list_tables'), await show('list_indexes')];
      },
    );
    return schemaStatusOf(this.queries, { tables, indexes });
  }

  async writeGraph(batch: GraphBatch): Promise<void> {
    await this.writeWork('writing the graph', [], batch);
  }

  async applyChanges(changes: GraphChanges): Promise<void> {
    const removals = planRemovals(changes).flatMap((step) =>
      chunkIdStep(step, WRITE_CHUNK_SIZE).map((params) => ({ query: step.query, params })),
    );
    await this.writeWork('applying changes', removals, changes.upserts, true);
  }

  async fingerprints(): Promise<GraphFingerprints> {
    const rows = await this.read('reading fingerprints', async (tx) => {
      const byKind = new Map<RecordKind, Row[]>();
      for (const kind of RECORD_KINDS) byKind.set(kind, await this.run(tx, FINGERPRINT_QUERIES[kind], {}));
      return byKind;
    });
    return toFingerprints((kind) => rows.get(kind) ?? []);
  }

  async graphVersion(): Promise<string | null> {
    const [row] = await this.read('reading the graph version', (tx) => this.run(tx, 'graph_version', {}));
    return typeof row?.['version'] === 'string' ? row['version'] : null;
  }

  /**
   * One managed write transaction: removals first, then the upserts (MERGE), then
   * (after a change set) spellings that name no actor any more, then a new
   * version token. The driver retries it from the start on transient errors only
   * (MERGE and DELETE by id make that safe); an error thrown here, such as
   * StoreConstraintError, rolls it back and is not retried.
   */
  private async writeWork(
    context: string,
    removals: readonly { query: QueryName; params: Record<string, unknown> }[],
    upserts: GraphBatch,
    pruneAliases = false,
  ): Promise<void> {
    const work = writeStatements(upserts);
    const statements = removals.length + work.length + 2;
    await this.withSession(context, neo4j.session.WRITE, (session) =>
      session.executeWrite(
        async (tx) => {
          for (const { query, params } of removals) await this.run(tx, query, params);
          await this.writeRows(tx, work);
          if (pruneAliases) await this.run(tx, 'delete_orphan_aliases', {});
          await this.run(tx, 'write_graph_version', { version: randomUUID() });
        },
        this.txConfig(context, this.queryTimeoutMs * statements),
      ),
    );
  }

  /**
   * The chunks are read once, so a managed transaction's retry could not replay
   * them: one explicit transaction, not retried, rolled back on any failure.
   */
  async writeGraphChunks(chunks: GraphChunks): Promise<void> {
    const context = 'writing the graph';
    await withChunkSourceErrors(() => this.writeChunksInOneTransaction(context, chunks));
  }

  private async writeChunksInOneTransaction(context: string, chunks: GraphChunks): Promise<void> {
    await this.withSession(context, neo4j.session.WRITE, async (session) => {
      const tx = session.beginTransaction(this.txConfig(context, CHUNKED_WRITE_TIMEOUT_MS));
      try {
        const iterator = chunkIterator(chunks);
        for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
          await this.writeRows(tx, writeStatements(next.value));
        }
        await this.run(tx, 'write_graph_version', { version: randomUUID() });
        await tx.commit();
      } catch (error) {
        await tx.rollback().catch(() => undefined);
        throw error;
      } finally {
        await tx.close().catch(() => undefined);
      }
    });
  }

  /** Runs write statements; one that matches fewer rows than sent has a dangling reference. */
  private async writeRows(
    tx: QueryRunner,
    work: readonly { query: QueryName; rows: Row[] }[],
  ): Promise<void> {
    for (const { query, rows } of work) {
      const [result] = await this.run(tx, query, { rows });
      const written = Number(result?.['n'] ?? 0);
      if (written < rows.length) {
        throw new StoreConstraintError(
          `${query}: ${rows.length - written} of ${rows.length} rows reference nodes that do not exist`,
        );
      }
    }
  }

  async counts(): Promise<GraphCounts> {
    const [row] = await this.read('counting', (tx) => this.run(tx, 'counts', {}));
    return map.toCounts(row ?? {});
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * One read transaction for all the reads (a request's root fields, when they
   * come together), and in it one query per read that returns its records with
   * the nested shape of its plan (COLLECT subqueries, neo4j-tree-query.ts); a
   * page's count query runs beside it. The queries are sent together, without
   * waiting for each other's results.
   */
  async readPlanned(reads: readonly PlannedRead[]): Promise<PlannedReadResult> {
    const queries = reads.map((read) => {
      const searched = read.root.by === 'statementPage' ? read.root.query.text : null;
      // As listStatements: the user's words as plain terms; no words find nothing.
      if (searched === null) return treeQuery(this.queries, read);
      const text = escapeLucene(searched);
      if (text.trim() === '') return null;
      return treeQuery(this.queries, {
        ...read,
        root: { by: 'statementPage', query: { ...(read.root as { query: StatementListQuery }).query, text } },
      });
    });
    const outcomes = await this.read('planned reads', (tx) =>
      Promise.all(
        queries.map(async (query) => {
          if (query === null) return { items: [] as Row[], total: 0 };
          const limit = query.page === null ? {} : { limit: neo4j.int(query.page.limit + 1) };
          const [items, count] = await Promise.all([
            this.runText(tx, query.text, { ...query.params, ...limit }),
            query.page === null ? null : this.run(tx, query.page.count, query.page.countParams),
          ]);
          return { items: items.map((row) => row['item'] as Row), total: Number(count?.[0]?.['total'] ?? 0) };
        }),
      ),
    );
    const builder = new PlannedRecordsBuilder();
    const roots = reads.map((read, index): PlannedRootResult => {
      const query = queries[index];
      const { items, total } = outcomes[index] as { items: Row[]; total: number };
      if (query === null || query === undefined) return { ids: [], hasMore: false, totalCount: 0 };
      const lookup = ROOT_LOOKUPS[query.kind];
      if (query.page === null) {
        const records = collectTree(builder, query.kind, read.plan, items);
        const asked = [...new Set(read.root.by === 'ids' ? read.root.ids : [])];
        builder.answer(lookup, asked, records);
        const found = new Set(records.map((record) => (record as { id: string }).id));
        const ids = asked.filter((id) => found.has(id));
        return { ids, hasMore: false, totalCount: ids.length };
      }
      // Rows leave a subquery in no promised order: the page is put back in its sort order.
      const sortKey = (item: Row) => {
        const record = item['record'] as Row;
        return query.kind === 'tie' ? map.tieSortKeyOf(record) : String(record['sortKey']);
      };
      const sorted = [...items].sort((a, b) =>
        sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0,
      );
      const pageItems = sorted.slice(0, query.page.limit);
      const records: PlanRecord[] = collectTree(builder, query.kind, read.plan, pageItems);
      const ids = records.map((record) => (record as { id: string }).id);
      builder.answer(lookup, ids, records);
      return { ids, hasMore: items.length > query.page.limit, totalCount: total };
    });
    return { roots, records: builder.build() };
  }

  actorsByIds(ids: readonly string[]) {
    return this.byIds('actors_by_ids', ids, (row) => map.toActor(properties(row)));
  }

  async actorIdsByNameKey(key: string): Promise<string[]> {
    const rows = await this.read('finding an actor by name', (tx) =>
      this.run(tx, 'actor_ids_by_name_key', { key }),
    );
    return rows.map((row) => String(row['id']));
  }

  listActors(query: ActorListQuery) {
    return this.page(
      'list_actors',
      'count_actors',
      actorListParams(query, true),
      actorListParams(query, false),
      query.limit,
      (row) => map.toActor(properties(row)),
    );
  }

  eventsByIds(ids: readonly string[]) {
    return this.byIds('events_by_ids', ids, (row) => map.toEvent(properties(row)));
  }

  listEvents(query: EventListQuery) {
    const byParticipant = query.participantId !== null;
    return this.page(
      byParticipant ? 'list_events_by_participant' : 'list_events',
      byParticipant ? 'count_events_by_participant' : 'count_events',
      eventListParams(query, true),
      eventListParams(query, false),
      query.limit,
      (row) => map.toEvent(properties(row)),
    );
  }

  listClaims(query: ClaimListQuery) {
    return this.page(
      'list_claims',
      'count_claims',
      claimListParams(query, true),
      claimListParams(query, false),
      query.limit,
      (row) => map.toClaim(properties(row)),
    );
  }

  statementsByIds(ids: readonly string[]) {
    return this.byIds('statements_by_ids', ids, (row) => map.toStatement(properties(row)));
  }

  async listStatements(query: StatementListQuery): Promise<PageSlice<StatementRecord>> {
    const toRecord = (row: Row) => map.toStatement(properties(row));
    if (query.text === null) {
      return this.page(
        'list_statements',
        'count_statements',
        statementListParams(query, true),
        statementListParams(query, false),
        query.limit,
        toRecord,
      );
    }
    // The user's words are sent as plain terms, never as Lucene syntax. Nothing
    // to search for (blank text) matches nothing, where Lucene would reject it.
    const text = escapeLucene(query.text);
    // Punctuation alone gives Lucene's analyzer no term either.
    if (!/[\p{L}\p{N}]/u.test(text)) return { items: [], hasMore: false, totalCount: 0 };
    return this.page(
      'search_statements',
      'count_search_statements',
      { ...statementListParams(query, true), text },
      { ...statementListParams(query, false), text },
      query.limit,
      toRecord,
    );
  }

  documentsByIds(ids: readonly string[]) {
    return this.byIds('documents_by_ids', ids, (row) => map.toDocument(properties(row)));
  }

  async listDocuments() {
    const rows = await this.read('listing documents', (tx) => this.run(tx, 'list_documents', {}));
    return rows.map((row) => map.toDocument(properties(row)));
  }

  placesByIds(ids: readonly string[]) {
    return this.byIds('places_by_ids', ids, (row) => map.toPlace(properties(row)));
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
    return this.byIds('statements_by_speaker_ids', ids, (row) => map.toStatement(properties(row)));
  }

  statementsByEventIds(ids: readonly string[]) {
    return this.byIds('statements_by_event_ids', ids, (row) => map.toStatement(properties(row)));
  }

  aboutByStatementIds(ids: readonly string[]) {
    return this.byIds('about_by_statement_ids', ids, map.toAbout);
  }

  aboutByActorIds(ids: readonly string[]) {
    return this.byIds('about_by_actor_ids', ids, map.toAbout);
  }

  claimsByIds(ids: readonly string[]) {
    return this.byIds('claims_by_ids', ids, (row) => map.toClaim(properties(row)));
  }

  claimsBySubjectIds(ids: readonly string[]) {
    return this.byIds('claims_by_subject_ids', ids, (row) => map.toClaim(properties(row)));
  }

  participationsWithEventsByActorIds(ids: readonly string[], limit: number) {
    return this.byIds(
      'participations_by_actor_ids_limited',
      ids,
      (row) => ({ participation: map.toParticipation(row), event: map.toEventSummary(properties(row)) }),
      { limit: neo4j.int(limit) },
    );
  }

  participationsWithActorsByEventIds(ids: readonly string[], limit: number) {
    return this.byIds(
      'participations_by_event_ids_limited',
      ids,
      (row) => ({ participation: map.toParticipation(row), actor: map.toActorSummary(properties(row)) }),
      { limit: neo4j.int(limit) },
    );
  }

  tiesWithActorsByActorIds(ids: readonly string[], limit: number) {
    return this.byIds(
      'ties_by_actor_ids_limited',
      ids,
      (row) => ({ tie: map.toTie(row), actor: map.toActorSummary(properties(row)) }),
      { limit: neo4j.int(limit) },
    );
  }

  async findPaths(query: PathQuery): Promise<GraphPath[]> {
    const name = query.mode === 'ALL_SHORTEST' ? 'shortest_paths' : 'simple_paths';
    const text = this.queries.withBounds(name, { maxHops: query.maxHops });
    const params = { fromId: query.fromId, toId: query.toId, limit: neo4j.int(query.limit) };
    const rows = await this.withSession(name, neo4j.session.READ, (session) =>
      session.executeRead(
        (tx) => this.runText(tx, text, params),
        this.txConfig(name, query.timeoutMs ?? this.queryTimeoutMs),
      ),
    );
    return rows.map((row) => map.toPath(row['nodes'] as Row[], row['rels'] as Row[]));
  }

  // --- search, centrality and statistics -------------------------------------

  async searchText(text: string, limit: number) {
    // Plain words are expected; anything Lucene would read as syntax is escaped anyway.
    const words = escapeLucene(text);
    if (words.trim() === '') return [];
    const rows = await this.read('searching', (tx) =>
      this.run(tx, 'search_text', { text: words, limit: neo4j.int(limit) }),
    );
    return toTextHits(rows);
  }

  async aliasLinks() {
    return toAliasLinks(await this.read('reading spellings', (tx) => this.run(tx, 'alias_links', {})));
  }

  async countAliasLinks() {
    const [row] = await this.read('counting spellings', (tx) => this.run(tx, 'count_alias_links', {}));
    return Number(row?.['total'] ?? 0);
  }

  async actorGraphEdges() {
    const rows = await this.read('reading the actor graph', (tx) => this.run(tx, 'actor_graph_edges', {}));
    return foldActorEdges(rows);
  }

  async graphStats() {
    return toGraphStats(await this.read('computing statistics', (tx) => this.run(tx, 'graph_stats', {})));
  }

  // --- units of work --------------------------------------------------------

  private async byIds<T>(
    name: QueryName,
    ids: readonly string[],
    toRecord: (row: Row) => T,
    extra: Record<string, unknown> = {},
  ): Promise<T[]> {
    if (ids.length === 0) return [];
    const rows = await this.read(name, (tx) => this.run(tx, name, { ...extra, ids: [...new Set(ids)] }));
    return rows.map(toRecord);
  }

  private page<T>(
    listQuery: QueryName,
    countQuery: QueryName,
    listParams: Record<string, unknown>,
    countParams: Record<string, unknown>,
    limit: number,
    toRecord: (row: Row) => T,
  ): Promise<PageSlice<T>> {
    return this.read(listQuery, async (tx) => {
      // One extra row tells whether a next page exists without a second count.
      // LIMIT needs a Cypher INTEGER; a JavaScript number is sent as a FLOAT.
      const rows = await this.run(tx, listQuery, { ...listParams, limit: neo4j.int(limit + 1) });
      const [count] = await this.run(tx, countQuery, countParams);
      return {
        items: rows.slice(0, limit).map(toRecord),
        hasMore: rows.length > limit,
        totalCount: Number(count?.['total'] ?? 0),
      };
    });
  }

  /** One read transaction; the driver retries it on transient errors within its retry budget. */
  private read<T>(context: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.withSession(context, neo4j.session.READ, (session) =>
      session.executeRead(work, this.txConfig(context, this.queryTimeoutMs)),
    );
  }

  private async withSession<T>(
    context: string,
    defaultAccessMode: SessionMode,
    work: (session: Session) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode,
      ...(this.database !== undefined ? { database: this.database } : {}),
    });
    try {
      return await work(session);
    } catch (error) {
      throw mapNeo4jError(error, context);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private txConfig(context: string, timeoutMs: number) {
    // The metadata shows up in SHOW TRANSACTIONS and the query log.
    return { timeout: Math.max(1, Math.round(timeoutMs)), metadata: { app: 'polgraph', work: context } };
  }

  private run(tx: QueryRunner, name: QueryName, params: Record<string, unknown>): Promise<Row[]> {
    return this.runText(tx, this.queries.get(name), params);
  }

  private async runText(tx: QueryRunner, text: string, params: Record<string, unknown>): Promise<Row[]> {
    const result = await tx.run(text, params);
    return result.records.map((record) => {
      const row: Row = {};
      for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
      return row;
    });
  }
}

/** A node is returned as the map of its properties in column `n`. */
/** What runs a statement: a managed transaction, or the explicit one of a chunked write. */
type QueryRunner = Pick<ManagedTransaction, 'run'>;

/** A batch's write statements, at most WRITE_CHUNK_SIZE rows each; an empty step runs none. */
function writeStatements(batch: GraphBatch): { query: QueryName; rows: Row[] }[] {
  return planWrites(batch).flatMap((step) =>
    chunk(step.rows, WRITE_CHUNK_SIZE).map((rows) => ({ query: step.query, rows: rows as Row[] })),
  );
}

function properties(row: Row): Row {
  const value = row['n'];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Row) : {};
}

/**
 * Driver values → plain JavaScript. With `disableLosslessIntegers` integers are
 * already numbers; the rest is defensive: a Node or Relationship becomes its
 * properties, temporal and spatial values their ISO string.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object') return value;
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return String(value);
  }
  const plain: Row = {};
  for (const [key, each] of Object.entries(value as Row)) plain[key] = toPlain(each);
  return plain;
}

/**
 * Lucene query syntax → literal words. Every special character is escaped, and
 * the operator words AND, OR and NOT are lowercased so they are searched as
 * words (the index's analyzer lowercases everything anyway).
 */
export function escapeLucene(text: string): string {
  return text
    .replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, '\\$&')
    .split(/(\s+)/)
    .map((token) => (token === 'AND' || token === 'OR' || token === 'NOT' ? token.toLowerCase() : token))
    .join('');
}

/** The URI without any user-info part, and the database, for messages. */
function describeTarget(uri: string, database: string | undefined): string {
  const safeUri = uri.replace(/^([a-z0-9+.-]+:\/\/)[^@/]*@/i, '$1');
  return database !== undefined ? `${safeUri} (database "${database}")` : safeUri;
}

function connectFailure(error: unknown, target: string, user: string): string {
  const code = neo4jErrorCode(error);
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return `Neo4j at ${target} refused the credentials of user "${user}"`;
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `Neo4j at ${target}: the database does not exist`;
  }
  return `cannot connect to Neo4j at ${target}: ${errorMessage(error)}`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
