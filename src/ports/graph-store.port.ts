import type {
  ActorRecord,
  ClaimRecord,
  DocumentRecord,
  EventRecord,
  EvidenceRecord,
  GraphBatch,
  GraphCounts,
  ParticipationRecord,
  PlaceRecord,
  StatementAboutRecord,
  StatementRecord,
  TieRecord,
} from '../domain/graph';
import type { ActorKind, EventType } from '../domain/vocabulary';

/**
 * The one port between use cases and a graph store. Every method is one unit of
 * work (one session or connection, closed when done). The by-id and by-owner
 * methods take lists so that the API can batch a whole nested query level into
 * one round trip.
 */
export interface GraphStore {
  /** "kuzu" or "neo4j", for logs and health. */
  readonly kind: string;

  /** Creates tables, constraints and indexes if missing. Idempotent. */
  initSchema(): Promise<void>;
  /** Writes the batch in one transaction: everything or nothing. MERGE by id, so idempotent. */
  writeGraph(batch: GraphBatch): Promise<void>;
  counts(): Promise<GraphCounts>;
  close(): Promise<void>;

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
  /** Ties where any of the actors is source or target. */
  tiesByActorIds(ids: readonly string[]): Promise<TieRecord[]>;
  statementsBySpeakerIds(ids: readonly string[]): Promise<StatementRecord[]>;
  statementsByEventIds(ids: readonly string[]): Promise<StatementRecord[]>;
  /** "About" links of the given statements. */
  aboutByStatementIds(ids: readonly string[]): Promise<StatementAboutRecord[]>;
  /** "About" links pointing at the given actors. */
  aboutByActorIds(ids: readonly string[]): Promise<StatementAboutRecord[]>;
  claimsByIds(ids: readonly string[]): Promise<ClaimRecord[]>;
  claimsBySubjectIds(ids: readonly string[]): Promise<ClaimRecord[]>;
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
}

export interface StatementListQuery extends PageQuery {
  readonly speakerId: string | null;
  readonly aboutId: string | null;
  /** Words to find in the statement text (full-text index). */
  readonly text: string | null;
}
