import type { ActorKind, EventType, ParticipantRole, StatementMode } from '../domain/vocabulary';

/** Every fact the extractor proposes enters the graph's review as EXTRACTED. */
export const EXTRACTED_STATUS = 'EXTRACTED';

/** A stretch of the text in UTF-16 indices (end exclusive); output converts to code points. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How a mention was tied to an actor. */
export type Resolution =
  /** A registered spelling (folded) or a transliteration of one, unambiguous. */
  | 'REGISTRY'
  /** Not in the registry: a proposal of a new actor. */
  | 'NEW'
  /** Close to several actors (or to one but contradicted): a proposal, never a merge. */
  | 'AMBIGUOUS';

export interface Mention extends Span {
  readonly text: string;
  readonly actorId: string;
  readonly kind: ActorKind;
  readonly resolution: Resolution;
  /** Registry actors the name is close to, for a reviewer, when it was not merged with them. */
  readonly candidates: readonly string[];
  /** Written "X’s": it qualifies the next noun (often not the grammatical subject). */
  readonly possessive: boolean;
}

/** A new actor proposed for the registry (status EXTRACTED). */
export interface ProposedActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: string[];
  readonly description: string;
  readonly candidates: readonly string[];
}

export interface ExtractedStatement {
  readonly speakerId: string;
  readonly mode: StatementMode;
  readonly quote: Span;
  readonly attribution?: Span;
  readonly about: readonly string[];
}

/** A date as precise as the text allows; `inferred` when year or month came from the publication date. */
export interface ResolvedDate {
  readonly value: string;
  readonly endValue?: string;
  readonly inferred: boolean;
  readonly span: Span;
}

export interface ExtractedParticipant {
  readonly actorId: string;
  readonly role: ParticipantRole;
  /** Evidence of its own when the event's quote does not name the participant. */
  readonly quote?: Span;
}

export interface ExtractedEvent {
  readonly id: string;
  readonly type: EventType;
  readonly title: string;
  readonly date?: ResolvedDate;
  readonly placeId?: string;
  readonly quote: Span;
  readonly participants: readonly ExtractedParticipant[];
}

export interface ExtractedClaim {
  readonly subject: string;
  readonly property: string;
  readonly value: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly quote: Span;
}

export interface Extraction {
  readonly documentId: string;
  readonly text: string;
  readonly title?: { readonly text: string; readonly quote?: Span };
  readonly published?: {
    readonly date: string;
    readonly inferred: boolean;
    readonly basis: string;
    readonly quote: Span;
  };
  readonly mentions: readonly Mention[];
  readonly proposals: readonly ProposedActor[];
  readonly statements: readonly ExtractedStatement[];
  readonly events: readonly ExtractedEvent[];
  readonly claims: readonly ExtractedClaim[];
  /** What the extractor saw but did not turn into a fact, for the reviewer. */
  readonly notes: readonly string[];
}
