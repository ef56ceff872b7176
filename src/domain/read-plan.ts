import type {
  ActorRecord,
  ClaimRecord,
  DocumentRecord,
  EventRecord,
  EvidenceRecord,
  ParticipationRecord,
  PlaceRecord,
  StatementAboutRecord,
  StatementRecord,
  TieRecord,
} from './graph';

/**
 * Read plans: which records a request needs below its root records, said as
 * relations to follow, so that a store can read every level of a nested
 * question in one unit of work instead of one round trip per level.
 *
 * Every relation is answered by a *lookup*: one of the store's by-ids reads
 * (`actorsByIds`, `participationsByEventIds`, …), given the keys a record
 * names (its own id, a `placeId`, its `evidenceIds`…). A plan thus asks for
 * nothing a field resolver would not ask for, and its answers are, record for
 * record, what those reads return.
 */
export interface PlanRecordTypes {
  actor: ActorRecord;
  event: EventRecord;
  statement: StatementRecord;
  document: DocumentRecord;
  place: PlaceRecord;
  evidence: EvidenceRecord;
  claim: ClaimRecord;
  participation: ParticipationRecord;
  tie: TieRecord;
  /** A statement's link to an actor it is about. */
  about: StatementAboutRecord;
}
export type PlanKind = keyof PlanRecordTypes;
export type PlanRecord = PlanRecordTypes[PlanKind];

interface LookupDefinition<K extends PlanKind> {
  /** The kind of the records the lookup returns. */
  readonly kind: K;
  /** The keys a record answers to: its id (a lookup by id) or its owners (a lookup by owner). */
  readonly keysOf: (record: PlanRecordTypes[K]) => readonly string[];
}

const lookup = <K extends PlanKind>(
  kind: K,
  keysOf: (record: PlanRecordTypes[K]) => readonly string[],
): LookupDefinition<K> => ({ kind, keysOf });
const ownId = (record: { readonly id: string }): readonly string[] => [record.id];

/** The store's by-ids reads, each named after what it returns for a list of keys. */
export const LOOKUPS = {
  actors: lookup('actor', ownId),
  events: lookup('event', ownId),
  statements: lookup('statement', ownId),
  documents: lookup('document', ownId),
  places: lookup('place', ownId),
  evidence: lookup('evidence', ownId),
  claims: lookup('claim', ownId),
  participationsByEvent: lookup('participation', (p) => [p.eventId]),
  participationsByActor: lookup('participation', (p) => [p.actorId]),
  ties: lookup('tie', ownId),
  tiesByActor: lookup('tie', (t) => [t.sourceId, t.targetId]),
  statementsBySpeaker: lookup('statement', (s) => [s.speakerId]),
  statementsByEvent: lookup('statement', (s) => (s.eventId === null ? [] : [s.eventId])),
  aboutByStatement: lookup('about', (a) => [a.statementId]),
  aboutByActor: lookup('about', (a) => [a.actorId]),
  claimsBySubject: lookup('claim', (c) => [c.subjectId]),
  evidenceByDocument: lookup('evidence', (e) => [e.documentId]),
} as const;
export type LookupName = keyof typeof LOOKUPS;
export const LOOKUP_NAMES = Object.keys(LOOKUPS) as LookupName[];
export type LookupRecord<L extends LookupName> = PlanRecordTypes[(typeof LOOKUPS)[L]['kind']];

/** A relation: the lookup that answers it, and the keys one record of its owner kind names. */
export interface RelationDefinition<K extends PlanKind> {
  readonly lookup: LookupName;
  readonly keys: (record: PlanRecordTypes[K]) => readonly string[];
}
type Relations<K extends PlanKind> = Readonly<Record<string, RelationDefinition<K>>>;

const one = (id: string | null): readonly string[] => (id === null ? [] : [id]);
const when = (condition: boolean, id: string): readonly string[] => (condition ? [id] : []);

/** Every relation a plan may follow, by owner kind: what the API's field resolvers read. */
export const PLAN_RELATIONS: { readonly [K in PlanKind]: Relations<K> } = {
  actor: {
    ties: { lookup: 'tiesByActor', keys: ownId },
    participations: { lookup: 'participationsByActor', keys: ownId },
    statements: { lookup: 'statementsBySpeaker', keys: ownId },
    aboutLinks: { lookup: 'aboutByActor', keys: ownId },
    claims: { lookup: 'claimsBySubject', keys: ownId },
    evidence: { lookup: 'evidence', keys: (a) => a.evidenceIds },
  },
  event: {
    place: { lookup: 'places', keys: (e) => one(e.placeId) },
    participants: { lookup: 'participationsByEvent', keys: ownId },
    claims: { lookup: 'claimsBySubject', keys: ownId },
    statements: { lookup: 'statementsByEvent', keys: ownId },
    evidence: { lookup: 'evidence', keys: (e) => e.evidenceIds },
  },
  statement: {
    speaker: { lookup: 'actors', keys: (s) => [s.speakerId] },
    aboutLinks: { lookup: 'aboutByStatement', keys: ownId },
    event: { lookup: 'events', keys: (s) => one(s.eventId) },
    document: { lookup: 'documents', keys: (s) => [s.documentId] },
    evidence: { lookup: 'evidence', keys: (s) => s.evidenceIds },
  },
  document: {
    author: { lookup: 'actors', keys: (d) => one(d.authorActorId) },
    spans: { lookup: 'evidenceByDocument', keys: ownId },
  },
  place: {
    country: { lookup: 'places', keys: (p) => one(p.countryId) },
  },
  evidence: {
    document: { lookup: 'documents', keys: (v) => [v.documentId] },
    // The fact a span supports, when it is of that kind.
    event: { lookup: 'events', keys: (v) => when(v.factKind === 'EVENT', v.factId) },
    statement: { lookup: 'statements', keys: (v) => when(v.factKind === 'STATEMENT', v.factId) },
    claim: { lookup: 'claims', keys: (v) => when(v.factKind === 'CLAIM', v.factId) },
    actor: { lookup: 'actors', keys: (v) => when(v.factKind === 'ACTOR_MENTION', v.factId) },
  },
  claim: {
    document: { lookup: 'documents', keys: (c) => [c.documentId] },
    event: { lookup: 'events', keys: (c) => when(c.subjectKind === 'EVENT', c.subjectId) },
    actor: { lookup: 'actors', keys: (c) => when(c.subjectKind === 'ACTOR', c.subjectId) },
    evidence: { lookup: 'evidence', keys: (c) => c.evidenceIds },
  },
  participation: {
    actor: { lookup: 'actors', keys: (p) => [p.actorId] },
    event: { lookup: 'events', keys: (p) => [p.eventId] },
    evidence: { lookup: 'evidence', keys: (p) => p.evidenceIds },
  },
  tie: {
    source: { lookup: 'actors', keys: (t) => [t.sourceId] },
    target: { lookup: 'actors', keys: (t) => [t.targetId] },
    evidence: { lookup: 'evidence', keys: (t) => t.evidenceIds },
  },
  about: {
    statement: { lookup: 'statements', keys: (a) => [a.statementId] },
    actor: { lookup: 'actors', keys: (a) => [a.actorId] },
  },
};

/**
 * What to read below records of one kind: the relations to follow, each with
 * what to read below the records it reaches. `{}` reads nothing more.
 */
export interface ReadPlan {
  readonly [relation: string]: ReadPlan;
}

/** Deeper than any plan the API makes (10 selection levels, two relations at most per field). */
export const MAX_PLAN_DEPTH = 24;

export function relationOf(kind: PlanKind, relation: string): RelationDefinition<PlanKind> {
  const relations = PLAN_RELATIONS[kind] as Relations<PlanKind>;
  const found = Object.hasOwn(relations, relation) ? relations[relation] : undefined;
  if (found === undefined) throw new RangeError(`a ${kind} has no relation "${relation}" to plan`);
  return found;
}

/** Whether a lookup's keys are the ids of the records it finds (a lookup by id, not by owner). */
export function findsByOwnId(lookup: LookupName): boolean {
  return LOOKUPS[lookup].keysOf === ownId;
}

/**
 * Whether a relation's keys are its owner's own id (an actor's ties, an event's
 * participants). Below records looked up by id, such a relation can be read
 * with the records, not after them: its keys are the ids asked.
 */
export function keyedByOwnerId(kind: PlanKind, relation: string): boolean {
  return relationOf(kind, relation).keys === ownId;
}

/** The kind of the records a relation reaches. */
export function targetKind(kind: PlanKind, relation: string): PlanKind {
  return LOOKUPS[relationOf(kind, relation).lookup].kind;
}

/** Throws on a relation the owner kind does not have, or a plan deeper than MAX_PLAN_DEPTH. */
export function checkPlan(kind: PlanKind, plan: ReadPlan, depth = 0): void {
  if (depth > MAX_PLAN_DEPTH) throw new RangeError(`a read plan may be at most ${MAX_PLAN_DEPTH} deep`);
  for (const [relation, below] of Object.entries(plan)) {
    checkPlan(targetKind(kind, relation), below, depth + 1);
  }
}

/** The records a lookup returned for each key asked, in the store's order. */
export interface LookupAnswers<T> {
  readonly answers: ReadonlyMap<string, readonly T[]>;
}

/**
 * Everything a planned read found, by lookup: for each key asked, the records
 * the lookup's by-ids read returns for it (none for an id that does not exist).
 */
export type PlannedRecords = { readonly [L in LookupName]: LookupAnswers<LookupRecord<L>> };

/** What tells two records of a kind apart: the id, or for an "about" link its two ends. */
export function identityOf(kind: PlanKind, record: PlanRecord): string {
  if (kind === 'about') {
    const link = record as StatementAboutRecord;
    return `${link.statementId}>${link.actorId}`;
  }
  return (record as { id: string }).id;
}

/**
 * Properties that are costly to read (lists and long texts) and that most
 * questions never show: a dashboard names the far ends of ties, it does not
 * list their aliases or print a document's full text. A planned read says
 * which of them its selection needs (`PlannedRead.needs`), and a store may
 * leave the others out. At 100k actors, reading 1,000 of them with every
 * column took 83 ms, with these left out 18 ms.
 */
export const HEAVY_PROPERTIES = {
  actor: ['aliases', 'aliasKeys', 'description', 'evidenceIds'],
  event: ['description', 'evidenceIds'],
  document: ['text', 'evidenceIds'],
  place: ['aliases'],
} as const satisfies { readonly [K in PlanKind]?: readonly (keyof PlanRecordTypes[K] & string)[] };
export type SlimKind = keyof typeof HEAVY_PROPERTIES;
export type HeavyProperty<K extends SlimKind = SlimKind> = (typeof HEAVY_PROPERTIES)[K][number];
export const SLIM_KINDS = Object.keys(HEAVY_PROPERTIES) as SlimKind[];

/**
 * The heavy properties a read needs, by kind. Every slim kind is listed (an
 * empty list: none needed); a read without `needs` reads whole records.
 */
export type HeavyNeeds = { readonly [K in SlimKind]: readonly HeavyProperty<K>[] };

export function isSlimKind(kind: PlanKind): kind is SlimKind {
  return Object.hasOwn(HEAVY_PROPERTIES, kind);
}

/**
 * The heavy properties of `kind` that none of the reads needs: what a store
 * may leave out of the records of that kind it reads for all of them. A read
 * that says nothing of its needs needs everything.
 */
export function leftOut(kind: PlanKind, needs: readonly (HeavyNeeds | undefined)[]): readonly string[] {
  if (!isSlimKind(kind) || needs.some((each) => each === undefined)) return [];
  const needed = new Set<string>(needs.flatMap((each) => (each as HeavyNeeds)[kind]));
  return HEAVY_PROPERTIES[kind].filter((property) => !needed.has(property));
}

/**
 * A property a planned read left out was read anyway: the API's table of what
 * each field needs (selection-needs.ts) is missing an entry. Thrown, not
 * answered as empty, so the gap shows in the tests instead of as wrong data.
 */
export class PropertyNotReadError extends Error {
  constructor(kind: PlanKind, property: string) {
    super(`the ${kind} property "${property}" was not read by this request's plan`);
    this.name = 'PropertyNotReadError';
  }
}

/** A record without the properties left out: reading one of them throws PropertyNotReadError. */
export function withoutProperties<T extends object>(
  kind: PlanKind,
  record: T,
  omitted: readonly string[],
): T {
  for (const property of omitted) {
    Object.defineProperty(record, property, {
      enumerable: true,
      get() {
        throw new PropertyNotReadError(kind, property);
      },
    });
  }
  return record;
}
