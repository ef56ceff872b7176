import type { GraphBatch } from './graph';
import type { DatePrecision } from './partial-date';

/**
 * Where a fact stands. CURATED: written by hand. EXTRACTED: proposed by assisted
 * extraction, waiting for review (not in the graph). ACCEPTED: proposed, then
 * accepted by a reviewer (in the graph). REJECTED: proposed and refused (never in
 * the graph; its decision file keeps it).
 */
export const FACT_STATUSES = ['CURATED', 'ACCEPTED', 'EXTRACTED', 'REJECTED'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** The statuses a fact of the graph can have: pending and rejected facts are never in it. */
export type GraphFactStatus = Extract<FactStatus, 'CURATED' | 'ACCEPTED'>;

/** The statuses of a proposal. */
export type ProposalStatus = Extract<FactStatus, 'EXTRACTED' | 'ACCEPTED' | 'REJECTED'>;

/** The kinds of proposals, one per section of an annotation file. */
export const PROPOSAL_KINDS = ['MENTION', 'EVENT', 'STATEMENT', 'TIE', 'CLAIM'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export interface ProposedParticipant {
  readonly actorId: string;
  readonly role: string;
}

/**
 * The fact a proposal would add, as its annotation says it (after actor merges).
 * Only the fields of its kind are set.
 */
export interface ProposedRecord {
  /** MENTION: the actor named. */
  readonly actorId: string | null;
  /** EVENT. */
  readonly eventId: string | null;
  readonly eventType: string | null;
  readonly title: string | null;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly endDate: string | null;
  readonly dateInferred: boolean;
  readonly placeId: string | null;
  readonly participants: readonly ProposedParticipant[];
  /** STATEMENT. */
  readonly speakerId: string | null;
  readonly mode: string | null;
  readonly attribution: string | null;
  readonly about: readonly string[];
  /** TIE. */
  readonly sourceId: string | null;
  readonly targetId: string | null;
  readonly tieType: string | null;
  readonly role: string | null;
  /** CLAIM. */
  readonly subjectId: string | null;
  readonly property: string | null;
  readonly value: string | null;
  readonly minimum: number | null;
  readonly maximum: number | null;
}

/** One extracted fact under review, with its evidence span (code points, end exclusive). */
export interface Proposal {
  /** Content-derived ("fact:<16 hex>"): the same proposal of the same text has the same id. */
  readonly id: string;
  readonly documentId: string;
  readonly kind: ProposalKind;
  readonly status: ProposalStatus;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly record: ProposedRecord;
}

/**
 * What the review of the sources says beside the graph: every proposal with its
 * status, the graph records that stand only on accepted proposals, and the names
 * of the actors proposals involve (new actors included) for display.
 */
export interface ReviewLedger {
  readonly proposals: readonly Proposal[];
  readonly accepted: ReadonlySet<string>;
  readonly actorNames: ReadonlyMap<string, string>;
  /** The records pending proposals would add: never in the store, merged into lists on request. */
  readonly pending: PendingRecords;
}

/** Records only pending proposals support, as the graph builder makes them (actors: new ones only). */
export type PendingRecords = Pick<
  GraphBatch,
  'actors' | 'events' | 'participations' | 'statements' | 'statementAbout' | 'claims' | 'evidence'
> & { readonly ids: ReadonlySet<string> };

export const NO_PENDING: PendingRecords = {
  actors: [],
  events: [],
  participations: [],
  statements: [],
  statementAbout: [],
  claims: [],
  evidence: [],
  ids: new Set(),
};

/** What the graph with pending proposals holds that the graph does not. */
export function pendingRecords(graph: GraphBatch, withPending: GraphBatch): PendingRecords {
  const known = new Set(
    [graph.events, graph.participations, graph.statements, graph.claims, graph.evidence].flatMap((list) =>
      list.map((r) => r.id),
    ),
  );
  const about = new Set(graph.statementAbout.map((a) => `${a.statementId}|${a.actorId}`));
  const fresh = <T extends { id: string }>(list: readonly T[]): T[] => list.filter((r) => !known.has(r.id));
  const actors = new Set(graph.actors.map((a) => a.id));
  const records = {
    actors: withPending.actors.filter((a) => !actors.has(a.id)),
    events: fresh(withPending.events),
    participations: fresh(withPending.participations),
    statements: fresh(withPending.statements),
    statementAbout: withPending.statementAbout.filter((a) => !about.has(`${a.statementId}|${a.actorId}`)),
    claims: fresh(withPending.claims),
    evidence: fresh(withPending.evidence),
  };
  const ids = new Set(
    [records.events, records.participations, records.statements, records.claims].flatMap((list) =>
      list.map((r) => r.id),
    ),
  );
  return { ...records, ids };
}

export const EMPTY_LEDGER: ReviewLedger = {
  proposals: [],
  accepted: new Set(),
  actorNames: new Map(),
  pending: NO_PENDING,
};

/**
 * A record's status: EXTRACTED when only pending proposals support it, ACCEPTED
 * when every span it stands on came from an accepted proposal, else CURATED.
 */
export function factStatus(ledger: ReviewLedger, recordId: string): FactStatus {
  if (ledger.pending.ids.has(recordId)) return 'EXTRACTED';
  return ledger.accepted.has(recordId) ? 'ACCEPTED' : 'CURATED';
}
