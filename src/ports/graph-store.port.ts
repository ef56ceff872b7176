import type {
  ActorRecord,
  ActorSummary,
  ClaimRecord,
  DocumentRecord,
  EventRecord,
  EventSummary,
  EvidenceRecord,
  GraphBatch,
  GraphPath,
  GraphCounts,
  ParticipationRecord,
  PlaceRecord,
  StatementAboutRecord,
  StatementRecord,
  TieRecord,
} from '../domain/graph';
import type { GraphChanges, GraphFingerprints } from '../domain/graph-diff';
import type { HeavyNeeds, LookupName, PlannedRecords, ReadPlan } from '../domain/read-plan';
import type { ActorKind, ClaimProperty, EventType, TieType } from '../domain/vocabulary';

/** The expansions below carry their far ends as summaries: what a subgraph draws and filters. */
export interface ParticipationWithEvent {
  readonly participation: ParticipationRecord;
  readonly event: EventSummary;
}

export interface ParticipationWithActor {
  readonly participation: ParticipationRecord;
  readonly actor: ActorSummary;
}

export interface TieWithActor {
  readonly tie: TieRecord;
  /** The end of the tie that is not the actor it was reached from. */
  readonly actor: ActorSummary;
}

/**
 * The one port between use cases and a graph store. Every method is one unit of
 * work (one session or connection, closed when done). The by-id and by-owner
 * methods take lists so that the API can batch a whole nested query level into
 * one round trip.
 */
/** The chunks of one write, in memory or produced as they are read. */
export type GraphChunks = Iterable<GraphBatch> | AsyncIterable<GraphBatch>;

export interface GraphStore {
  /** "kuzu" or "neo4j", for logs and health. */
  readonly kind: string;

  /** Creates tables, constraints and indexes if missing: also the repair of a store missing some. Idempotent. */
  initSchema(): Promise<void>;
  /** Which of the tables (constraints) and indexes the store's schema files define are missing. */
  schemaStatus(): Promise<SchemaStatus>;
  /** Writes the batch in one transaction: everything or nothing. MERGE by id, so idempotent. */
  writeGraph(batch: GraphBatch): Promise<void>;
  /**
   * Writes a graph that comes in chunks (an import or a generator too large to
   * hold at once) as ONE transaction: all of it or nothing, as `writeGraph` of
   * the chunks joined. A chunk's links reference records in the store or in
   * the same or an earlier chunk. A record given again in a later chunk: the
   * stores may keep either copy, so give each record once. The chunks are read
   * once, in order, and need not all be in memory together.
   */
  writeGraphChunks(chunks: GraphChunks): Promise<void>;
  /**
   * Every record's id and the fingerprint it was written with, per kind: what an
   * ingest compares with the sources' graph to find what changed.
   */
  fingerprints(): Promise<GraphFingerprints>;
  /**
   * Applies a change set in one transaction, everything or nothing: removes the
   * records listed (with their links), drops the own links of changed nodes, then
   * writes the upserts as `writeGraph` does.
   */
  applyChanges(changes: GraphChanges): Promise<void>;
  /**
   * A token that changes with every write (null before the first): readers that
   * keep something derived from the graph in memory compare it to know when to
   * rebuild.
   */
  graphVersion(): Promise<string | null>;
  counts(): Promise<GraphCounts>;
  /**
   * Builds what the store keeps in memory for reads (Kuzu: the adjacency its
   * path searches use), so the first query does not wait for it. Optional, and
   * never needed for correctness: reads build it on demand.
   */
  warmUp?(): Promise<void>;
  close(): Promise<void>;

  /**
   * Root reads with everything their plans ask for below them, in one unit of
   * work: one call, one session and one read transaction (Neo4j) or one
   * connection and one read-only transaction (Kuzu), whatever the plans' depth
   * or the pages' size. Each read's root records are what `actorsByIds`,
   * `listEvents`… return for its root; every record below is what the lookup
   * (by-ids method, LOOKUP_METHODS) its relation names returns for the keys
   * asked. Reads given together share the unit of work (the API gives the
   * root fields of a request together). Neo4j runs one query per read that
   * returns the nested shape (and, for a page, its count beside it); Kuzu,
   * which has no subqueries, one statement per lookup in the shortest order
   * that serves every branch of every plan (lookup-schedule.ts).
   */
  readPlanned(reads: readonly PlannedRead[]): Promise<PlannedReadResult>;

  actorsByIds(ids: readonly string[]): Promise<ActorRecord[]>;
  /** Ids of the actors one of whose spellings has this `nameKey`. */
  actorIdsByNameKey(key: string): Promise<string[]>;
  listActors(query: ActorListQuery): Promise<PageSlice<ActorRecord>>;

  eventsByIds(ids: readonly string[]): Promise<EventRecord[]>;
  listEvents(query: EventListQuery): Promise<PageSlice<EventRecord>>;

  statementsByIds(ids: readonly string[]): Promise<StatementRecord[]>;
  listStatements(query: StatementListQuery): Promise<PageSlice<StatementRecord>>;

  documentsByIds(ids: readonly string[]): Promise<DocumentRecord[]>;
  listDocuments(): Promise<DocumentRecord[]>;
  placesByIds(ids: readonly string[]): Promise<PlaceRecord[]>;
  evidenceByIds(ids: readonly string[]): Promise<EvidenceRecord[]>;
  evidenceByDocumentIds(ids: readonly string[]): Promise<EvidenceRecord[]>;

  participationsByEventIds(ids: readonly string[]): Promise<ParticipationRecord[]>;
  participationsByActorIds(ids: readonly string[]): Promise<ParticipationRecord[]>;
  tiesByIds(ids: readonly string[]): Promise<TieRecord[]>;
  /** Ties where any of the actors is source or target. */
  tiesByActorIds(ids: readonly string[]): Promise<TieRecord[]>;
  /** One actor's ties, either direction, a page at a time in tieSortKey order (`Actor.tiesConnection`). */
  listTies(query: TieListQuery): Promise<PageSlice<TieRecord>>;
  statementsBySpeakerIds(ids: readonly string[]): Promise<StatementRecord[]>;
  statementsByEventIds(ids: readonly string[]): Promise<StatementRecord[]>;
  /** "About" links of the given statements. */
  aboutByStatementIds(ids: readonly string[]): Promise<StatementAboutRecord[]>;
  /** "About" links pointing at the given actors. */
  aboutByActorIds(ids: readonly string[]): Promise<StatementAboutRecord[]>;
  claimsByIds(ids: readonly string[]): Promise<ClaimRecord[]>;
  /** Claims in id order, filtered by property, subject, document and attributed source. */
  listClaims(query: ClaimListQuery): Promise<PageSlice<ClaimRecord>>;

  /**
   * At most `limit` participations of these actors, each with its event, for
   * bounded expansion (neighbourhoods, common connections): the far end comes
   * with the traversal, so expanding a level needs no second lookup by id.
   */
  participationsWithEventsByActorIds(
    ids: readonly string[],
    limit: number,
  ): Promise<ParticipationWithEvent[]>;
  /** At most `limit` participations in these events, each with its actor. */
  participationsWithActorsByEventIds(
    ids: readonly string[],
    limit: number,
  ): Promise<ParticipationWithActor[]>;
  /**
   * Ties of these actors in either direction, each with its far end: at most
   * `limit` from the sources' side and `limit` from the targets' side, so a hub's
   * thousands of ties are cut instead of all read. A tie between two of the
   * actors comes once from each side.
   */
  tiesWithActorsByActorIds(ids: readonly string[], limit: number): Promise<TieWithActor[]>;
  /**
   * Paths between two actors through ties and shared events, direction-agnostic.
   * ALL_SHORTEST: every shortest path. SIMPLE: simple paths (no node twice),
   * shortest first, which may take long on hubs — hence its own time budget.
   */
  findPaths(query: PathQuery): Promise<GraphPath[]>;
  claimsBySubjectIds(ids: readonly string[]): Promise<ClaimRecord[]>;

  // Search, centrality and statistics.
  /**
   * Full-text hits over statement text, event title and description, and
   * document title and text: the best `limit` of each kind, any word matching.
   * `text` is plain words (letters and digits); scores are the store's own
   * relevance, comparable only within one call.
   */
  searchText(text: string, limit: number): Promise<TextHitRecord[]>;
  /** Every spelling key with the actor it names (the Alias-[:NAMES]->Actor links). */
  aliasLinks(): Promise<AliasLinkRecord[]>;
  /**
   * How many alias links exist. Writes only ever add links, so this number
   * changes whenever `aliasLinks()` would return something new.
   */
  countAliasLinks(): Promise<number>;
  /**
   * The actor graph as unordered pairs (sourceId < targetId, each pair once):
   * how many distinct events both took part in, and how many ties join them.
   */
  actorGraphEdges(): Promise<ActorEdgeRecord[]>;
  /** Events by type, actors by kind, and per document the facts its evidence supports. */
  graphStats(): Promise<GraphStatsRecord>;
}

/** The records a root field reads: by id, or a page of a list. */
export type PlanRoot =
  | { readonly by: 'ids'; readonly kind: RootKind; readonly ids: readonly string[] }
  | { readonly by: 'actorPage'; readonly query: ActorListQuery }
  | { readonly by: 'eventPage'; readonly query: EventListQuery }
  | { readonly by: 'statementPage'; readonly query: StatementListQuery }
  | { readonly by: 'tiePage'; readonly query: TieListQuery };
export type RootKind = 'actor' | 'event' | 'statement' | 'document' | 'tie';

export function rootKindOf(root: PlanRoot): RootKind {
  switch (root.by) {
    case 'ids':
      return root.kind;
    case 'actorPage':
      return 'actor';
    case 'eventPage':
      return 'event';
    case 'statementPage':
      return 'statement';
    case 'tiePage':
      return 'tie';
  }
}

/** The lookup by id that holds a root kind's records. */
export const ROOT_LOOKUPS = {
  actor: 'actors',
  event: 'events',
  statement: 'statements',
  document: 'documents',
  tie: 'ties',
} as const satisfies Record<RootKind, LookupName>;

/** A root read, and the plan of what to read below its records (`{}`: nothing). */
export interface PlannedRead {
  readonly root: PlanRoot;
  readonly plan: ReadPlan;
  /**
   * The heavy properties the selection reads, by kind (read-plan.ts). A store
   * may leave the others out of the records of a lookup when no read of the
   * call needs them, or read whole records: more is never wrong. Without
   * `needs`, whole records.
   */
  readonly needs?: HeavyNeeds;
}

export interface PlannedRootResult {
  /**
   * The root records' ids in the order the root read returns them: the ids
   * found, each once, or the page's items. The records are in `records` under
   * the root kind's lookup (ROOT_LOOKUPS), answered for exactly these ids.
   */
  readonly ids: readonly string[];
  /** For a page, as `PageSlice`; for ids, false and the number found. */
  readonly hasMore: boolean;
  readonly totalCount: number;
}

export interface PlannedReadResult {
  /** One per read, in the order given. */
  readonly roots: readonly PlannedRootResult[];
  /** The records of every read, roots included, by lookup and key. */
  readonly records: PlannedRecords;
}

/** The by-ids method that answers each lookup: what a planned read's records must equal. */
export const LOOKUP_METHODS = {
  actors: 'actorsByIds',
  events: 'eventsByIds',
  statements: 'statementsByIds',
  documents: 'documentsByIds',
  places: 'placesByIds',
  evidence: 'evidenceByIds',
  claims: 'claimsByIds',
  participationsByEvent: 'participationsByEventIds',
  participationsByActor: 'participationsByActorIds',
  ties: 'tiesByIds',
  tiesByActor: 'tiesByActorIds',
  statementsBySpeaker: 'statementsBySpeakerIds',
  statementsByEvent: 'statementsByEventIds',
  aboutByStatement: 'aboutByStatementIds',
  aboutByActor: 'aboutByActorIds',
  claimsBySubject: 'claimsBySubjectIds',
  evidenceByDocument: 'evidenceByDocumentIds',
} as const satisfies Record<LookupName, keyof GraphStore>;

export interface SchemaStatus {
  /** Each missing object as "table Evidence" or "full-text index statement_text_fts". */
  readonly missing: readonly string[];
}

/** Keyset pagination: items after the `after` sort key, at most `limit`, plus the total. */
export interface PageQuery {
  readonly limit: number;
  /** The `sortKey` of the last item already seen, exclusive. */
  readonly after: string | null;
}

export interface PageSlice<T> {
  readonly items: T[];
  readonly hasMore: boolean;
  readonly totalCount: number;
}

export interface ActorListQuery extends PageQuery {
  readonly kinds: readonly ActorKind[];
  /** Folded substring of any spelling. */
  readonly nameContains: string | null;
}

export interface EventListQuery extends PageQuery {
  readonly types: readonly EventType[];
  readonly participantId: string | null;
  /** Inclusive day window; an event matches when its date range overlaps it. */
  readonly from: string | null;
  readonly to: string | null;
  /**
   * Events with no date: an open window always lists them (last); with a
   * window, EXCLUDE (the default) leaves them out, INCLUDE lists them after
   * the dated ones, ONLY lists nothing else.
   */
  readonly undated?: UndatedMode;
}

export type UndatedMode = 'EXCLUDE' | 'INCLUDE' | 'ONLY';

/** `after` is a tieSortKey (type, then id). */
export interface TieListQuery extends PageQuery {
  readonly actorId: string;
  readonly types: readonly TieType[];
  /** A day (YYYY-MM-DD): only the ties in force that day (tieInWindow). */
  readonly asOf: string | null;
}

export interface StatementListQuery extends PageQuery {
  readonly speakerId: string | null;
  readonly aboutId: string | null;
  /** Words to find in the statement text (full-text index). */
  readonly text: string | null;
}

export interface ClaimListQuery extends PageQuery {
  readonly property: ClaimProperty | null;
  readonly subjectId: string | null;
  readonly documentId: string | null;
  /** The actor the document attributes the claim to (`accordingToId`). */
  readonly attributedToId: string | null;
}

export interface PathQuery {
  readonly fromId: string;
  readonly toId: string;
  /** Relationship hops, 1–6. */
  readonly maxHops: number;
  readonly limit: number;
  readonly mode: 'ALL_SHORTEST' | 'SIMPLE';
  /** Stop the search after this long (StoreTimeoutError); defaults to the store's query timeout. */
  readonly timeoutMs?: number;
}

export const TEXT_HIT_KINDS = ['STATEMENT', 'EVENT', 'DOCUMENT'] as const;
export type TextHitKind = (typeof TEXT_HIT_KINDS)[number];

export interface TextHitRecord {
  readonly kind: TextHitKind;
  readonly id: string;
  /** Relevance as the store computes it (BM25 or Lucene): higher is better, > 0. */
  readonly score: number;
}

export interface AliasLinkRecord {
  readonly key: string;
  readonly actorId: string;
}

export interface ActorEdgeRecord {
  readonly sourceId: string;
  readonly targetId: string;
  /** Distinct events both actors took part in. */
  readonly events: number;
  /** Ties between the two, in either direction. */
  readonly ties: number;
}

export interface TypeCount<T extends string> {
  readonly key: T;
  readonly count: number;
}

/** What one document's evidence supports: distinct facts by kind, and its evidence spans. */
export interface DocumentStatsRecord {
  readonly documentId: string;
  readonly events: number;
  readonly participations: number;
  readonly statements: number;
  readonly ties: number;
  readonly claims: number;
  readonly evidence: number;
}

export interface GraphStatsRecord {
  /** Sorted by count, most first, then key. */
  readonly eventTypes: readonly TypeCount<EventType>[];
  readonly actorKinds: readonly TypeCount<ActorKind>[];
  /** Every document, by id. */
  readonly documents: readonly DocumentStatsRecord[];
}
