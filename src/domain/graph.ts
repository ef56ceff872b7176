import type { DatePrecision } from './partial-date';
import type {
  ActorKind,
  ClaimProperty,
  EventType,
  FactKind,
  ParticipantRole,
  PlaceKind,
  StatementMode,
  TieType,
} from './vocabulary';

/**
 * The records the graph holds. Every record that states a fact carries
 * `evidenceIds`: never empty, each pointing at an Evidence span of a document.
 * Dates are ISO strings so both stores compare and sort them the same way.
 */
export interface EvidenceRecord {
  readonly id: string;
  readonly documentId: string;
  readonly quote: string;
  /** Code-point offsets into the document text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly factId: string;
  readonly factKind: FactKind;
}

export interface DocumentRecord {
  readonly id: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly authorActorId: string | null;
  readonly publishedDate: string | null;
  readonly publishedPrecision: DatePrecision | null;
  readonly publishedInferred: boolean;
  readonly publishedBasis: string | null;
  readonly text: string;
  readonly sortKey: string;
  readonly evidenceIds: readonly string[];
}

export interface ActorRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Every spelling, the canonical name included. */
  readonly aliases: readonly string[];
  /** `nameKey` of each alias, for case- and diacritic-insensitive lookup. */
  readonly aliasKeys: readonly string[];
  readonly description: string;
  readonly sortKey: string;
  readonly evidenceIds: readonly string[];
}

export interface PlaceRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: PlaceKind;
  readonly countryId: string | null;
  readonly aliases: readonly string[];
}

export interface EventRecord {
  readonly id: string;
  readonly type: EventType;
  readonly title: string;
  readonly description: string | null;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  /** First and last day the (possibly partial) date covers, for window filters. */
  readonly dateStart: string | null;
  readonly dateEnd: string | null;
  readonly dateInferred: boolean;
  /** Why an inferred date is what it is ("recent" in a text written in 2025…); null when stated. */
  readonly dateBasis: string | null;
  readonly placeId: string | null;
  /** Date order, then id: the keyset for pagination and timelines. */
  readonly sortKey: string;
  readonly evidenceIds: readonly string[];
}

/**
 * An actor as a drawn graph shows it: what a node needs (label, kind, evidence
 * count), without the spellings and texts only its own page uses. Expansions
 * read their far ends in this form: on the embedded store, every column of the
 * far end is scanned over the whole adjacency of the node expanded, so reading
 * the alias lists and descriptions of a hub's neighbours doubled what a
 * neighbourhood cost at 1M participations.
 */
export type ActorSummary = Pick<ActorRecord, 'id' | 'name' | 'kind' | 'evidenceIds'>;

/** An event as a drawn graph shows and filters it (type, title, dates, evidence count). */
export type EventSummary = Pick<
  EventRecord,
  'id' | 'type' | 'title' | 'date' | 'datePrecision' | 'dateStart' | 'dateEnd' | 'evidenceIds'
>;

export function actorSummary(actor: ActorRecord): ActorSummary {
  return { id: actor.id, name: actor.name, kind: actor.kind, evidenceIds: actor.evidenceIds };
}

export function eventSummary(event: EventRecord): EventSummary {
  const { id, type, title, date, datePrecision, dateStart, dateEnd, evidenceIds } = event;
  return { id, type, title, date, datePrecision, dateStart, dateEnd, evidenceIds };
}

export interface ParticipationRecord {
  readonly id: string;
  readonly eventId: string;
  readonly actorId: string;
  /**
   * Every role the sources give this actor in this event, sorted and distinct:
   * one actor takes part once (a VISITOR who is also the ENVOY), never twice.
   */
  readonly roles: readonly ParticipantRole[];
  readonly evidenceIds: readonly string[];
  /**
   * The distinct documents of `evidenceIds`, sorted: how many independent
   * sources attest this link (a graph edge's weight). Kept on the record, since
   * weighing hundreds of edges must not mean reading their evidence.
   */
  readonly documentIds: readonly string[];
}

/** Roles as a participation keeps them: distinct, in vocabulary order (sorted by name). */
export function normaliseRoles(roles: readonly ParticipantRole[]): ParticipantRole[] {
  return [...new Set(roles)].sort();
}

export interface StatementRecord {
  readonly id: string;
  readonly speakerId: string;
  readonly text: string;
  readonly mode: StatementMode;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly eventId: string | null;
  readonly documentId: string;
  readonly sortKey: string;
  readonly evidenceIds: readonly string[];
}

export interface StatementAboutRecord {
  readonly statementId: string;
  readonly actorId: string;
}

export interface TieRecord {
  readonly id: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly type: TieType;
  readonly role: string | null;
  readonly since: string | null;
  readonly until: string | null;
  readonly former: boolean;
  readonly evidenceIds: readonly string[];
  /** The distinct documents of `evidenceIds`, sorted (see ParticipationRecord). */
  readonly documentIds: readonly string[];
}

/**
 * Where a tie sorts among an actor's ties: by type, then id. Grouped by type,
 * as a dashboard lists them; the id keeps the order total, so a cursor names
 * one place in it whatever ties are added or removed around it. A space parts
 * the two: no type or id holds one, and it sorts before every character they
 * use. (Kuzu builds the same key in Cypher, page_tie_keys_by_actors, with the
 * separator written into the query: it cannot take it as a parameter there.)
 */
export function tieSortKey(tie: { readonly type: string; readonly id: string }): string {
  return `${tie.type} ${tie.id}`;
}

/**
 * The type and id a tieSortKey names. Cursors handed out before the space
 * parted them held a tab, and still name the same place.
 */
export function tieOfSortKey(key: string): { type: string; id: string } {
  const match = /^([^\t ]*)[\t ](.*)$/s.exec(key);
  return match ? { type: match[1] as string, id: match[2] as string } : { type: key, id: '' };
}

export const CLAIM_SUBJECT_KINDS = ['EVENT', 'ACTOR'] as const;
export type ClaimSubjectKind = (typeof CLAIM_SUBJECT_KINDS)[number];

export interface ClaimRecord {
  readonly id: string;
  readonly subjectId: string;
  readonly subjectKind: ClaimSubjectKind;
  /** What is claimed, from the closed vocabulary (CLAIM_PROPERTIES). */
  readonly property: ClaimProperty;
  /** The source's own words for it ("prisoners released after both visits"), kept beside the property. */
  readonly wording: string;
  /** The source the document attributes the figure to ("according to Viasna"), when it names one. */
  readonly accordingToId: string | null;
  readonly value: string;
  readonly minimum: number | null;
  readonly maximum: number | null;
  readonly documentId: string;
  readonly evidenceIds: readonly string[];
}

/** Everything one ingest writes, in one transaction. */
export interface GraphBatch {
  readonly documents: readonly DocumentRecord[];
  readonly actors: readonly ActorRecord[];
  readonly places: readonly PlaceRecord[];
  readonly events: readonly EventRecord[];
  readonly participations: readonly ParticipationRecord[];
  readonly statements: readonly StatementRecord[];
  readonly statementAbout: readonly StatementAboutRecord[];
  readonly ties: readonly TieRecord[];
  readonly claims: readonly ClaimRecord[];
  readonly evidence: readonly EvidenceRecord[];
}

export interface GraphCounts {
  readonly documents: number;
  readonly actors: number;
  readonly places: number;
  readonly events: number;
  readonly participations: number;
  readonly statements: number;
  readonly statementAbout: number;
  readonly ties: number;
  readonly claims: number;
  readonly evidence: number;
}

/** Sort key for dated records: undated ones sort last. */
export function dateSortKey(dateStart: string | null, id: string): string {
  return `${dateStart ?? '9999-99-99'}|${id}`;
}

/** One relationship of a path, with the record it is. */
export type PathStepRecord =
  | { readonly kind: 'TIE'; readonly tie: TieRecord }
  | { readonly kind: 'PARTICIPATION'; readonly participation: ParticipationRecord };

/** A path between two actors: nodes[i] and nodes[i + 1] are joined by steps[i]. */
export interface GraphPath {
  readonly nodes: readonly { readonly id: string; readonly kind: 'ACTOR' | 'EVENT' }[];
  readonly steps: readonly PathStepRecord[];
}

/** A node of a drawn graph (a neighbourhood, a path), with its summary. */
export type NodeSummary =
  | { readonly kind: 'ACTOR'; readonly id: string; readonly actor: ActorSummary }
  | { readonly kind: 'EVENT'; readonly id: string; readonly event: EventSummary };

/**
 * A path as answered to users: every node with its summary, every step with its
 * record. Paths through the same nodes are one path: `parallel[i]` lists every
 * relationship found between nodes[i] and nodes[i + 1] (two ties of different
 * types, an actor's two roles in one event), `steps[i]` first among them.
 */
export interface DrawnPath {
  readonly nodes: readonly NodeSummary[];
  readonly steps: readonly PathStepRecord[];
  readonly parallel: readonly (readonly PathStepRecord[])[];
}
