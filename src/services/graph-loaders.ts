import type {
  ActorRecord,
  ClaimRecord,
  DocumentRecord,
  EventRecord,
  EvidenceRecord,
  ParticipationRecord,
  PlaceRecord,
  StatementRecord,
  TieRecord,
} from '../domain/graph';
import type { LookupAnswers, PlannedRecords } from '../domain/read-plan';
import type { GraphStore } from '../ports/graph-store.port';
import { PlannedReads } from './planned-reads';
import { RecordLoader, type Maybe } from './record-loader';

/**
 * Per-request batching of graph reads. Root fields read their records with
 * everything their selection needs below them in one planned read
 * (`planned`), which primes these loaders, so nested fields find their records
 * here without a store call. What no plan covered is batched: every field of
 * one nested level asks its loader, and the loader makes one store call for
 * all of them (no N+1). A new instance per request: nothing is cached across
 * requests or users.
 */
export class GraphLoaders {
  readonly actor: RecordLoader<ActorRecord | null>;
  readonly event: RecordLoader<EventRecord | null>;
  readonly statement: RecordLoader<StatementRecord | null>;
  readonly document: RecordLoader<DocumentRecord | null>;
  readonly place: RecordLoader<PlaceRecord | null>;
  readonly evidence: RecordLoader<EvidenceRecord | null>;
  readonly claim: RecordLoader<ClaimRecord | null>;
  readonly participationsByEvent: RecordLoader<ParticipationRecord[]>;
  readonly participationsByActor: RecordLoader<ParticipationRecord[]>;
  readonly tiesByActor: RecordLoader<TieRecord[]>;
  readonly statementsBySpeaker: RecordLoader<StatementRecord[]>;
  readonly statementsByEvent: RecordLoader<StatementRecord[]>;
  readonly aboutActorIdsByStatement: RecordLoader<string[]>;
  readonly statementIdsAboutActor: RecordLoader<string[]>;
  readonly claimsBySubject: RecordLoader<ClaimRecord[]>;
  readonly evidenceByDocument: RecordLoader<EvidenceRecord[]>;
  /** The request's planned root reads: one store call for the root fields that run together. */
  readonly planned: PlannedReads;

  constructor(store: GraphStore, options: { planReads?: boolean } = {}) {
    this.planned = new PlannedReads(store, this, options.planReads ?? true);
    this.actor = byId((ids) => store.actorsByIds(ids));
    this.event = byId((ids) => store.eventsByIds(ids));
    this.statement = byId((ids) => store.statementsByIds(ids));
    this.document = byId((ids) => store.documentsByIds(ids));
    this.place = byId((ids) => store.placesByIds(ids));
    this.evidence = byId((ids) => store.evidenceByIds(ids));
    this.claim = byId((ids) => store.claimsByIds(ids));
    this.participationsByEvent = grouped(
      (ids) => store.participationsByEventIds(ids),
      (p) => [p.eventId],
      inIdOrder,
    );
    this.participationsByActor = grouped(
      (ids) => store.participationsByActorIds(ids),
      (p) => [p.actorId],
      inIdOrder,
    );
    this.tiesByActor = grouped(
      (ids) => store.tiesByActorIds(ids),
      (t) => [t.sourceId, t.targetId],
      inIdOrder,
    );
    this.statementsBySpeaker = grouped(
      (ids) => store.statementsBySpeakerIds(ids),
      (s) => [s.speakerId],
      inDateOrder,
    );
    this.statementsByEvent = grouped(
      (ids) => store.statementsByEventIds(ids),
      (s) => (s.eventId === null ? [] : [s.eventId]),
      inDateOrder,
    );
    this.aboutActorIdsByStatement = groupedValues(
      (ids) => store.aboutByStatementIds(ids),
      (a) => a.statementId,
      (a) => a.actorId,
    );
    this.statementIdsAboutActor = groupedValues(
      (ids) => store.aboutByActorIds(ids),
      (a) => a.actorId,
      (a) => a.statementId,
    );
    this.claimsBySubject = grouped(
      (ids) => store.claimsBySubjectIds(ids),
      (c) => [c.subjectId],
      inIdOrder,
    );
    this.evidenceByDocument = grouped(
      (ids) => store.evidenceByDocumentIds(ids),
      (e) => [e.documentId],
    );
  }

  /**
   * Puts what a planned read found into the loaders, so that the fields below
   * its roots are answered from it. A key already loaded keeps its value.
   */
  prime(records: PlannedRecords): void {
    primeOne(this.actor, records.actors);
    primeOne(this.event, records.events);
    primeOne(this.statement, records.statements);
    primeOne(this.document, records.documents);
    primeOne(this.place, records.places);
    primeOne(this.evidence, records.evidence);
    primeOne(this.claim, records.claims);
    primeGroups(this.participationsByEvent, records.participationsByEvent, (p) => p, inIdOrder);
    primeGroups(this.participationsByActor, records.participationsByActor, (p) => p, inIdOrder);
    primeGroups(this.tiesByActor, records.tiesByActor, (t) => t, inIdOrder);
    primeGroups(this.statementsBySpeaker, records.statementsBySpeaker, (s) => s, inDateOrder);
    primeGroups(this.statementsByEvent, records.statementsByEvent, (s) => s, inDateOrder);
    primeGroups(this.claimsBySubject, records.claimsBySubject, (c) => c, inIdOrder);
    primeGroups(this.evidenceByDocument, records.evidenceByDocument);
    primeGroups(this.aboutActorIdsByStatement, records.aboutByStatement, (a) => a.actorId, byActorId);
    primeGroups(this.statementIdsAboutActor, records.aboutByActor, (a) => a.statementId, byStatementId);
  }

  /**
   * Many records by id, dropping ids that no longer exist (and, as before,
   * ids whose read failed); at once when every one is held already.
   */
  many<T>(loader: RecordLoader<T | null>, ids: readonly string[]): Maybe<T[]> {
    const values = ids.map((id) => loader.load(id));
    const found = (records: readonly (T | null | Error)[]) =>
      records.filter((record): record is T => record !== null && !(record instanceof Error));
    if (!values.some((value) => value instanceof Promise)) return found(values as (T | null)[]);
    return Promise.all(values.map((value) => Promise.resolve(value).catch((error: Error) => error))).then(
      found,
    );
  }
}

function byId<T extends { id: string }>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
): RecordLoader<T | null> {
  return new RecordLoader(async (ids) => {
    const found = new Map((await fetch(ids)).map((record) => [record.id, record]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * The order of the lists the loaders give: a store returns a group's rows in
 * whatever order its plan reads them (which differs between a batch and a
 * planned read, or two stores), so each list has one of its own. An actor's
 * ties, say, are read in both directions with the repeats dropped (a UNION),
 * in an order that depends on which other actors were read in the same batch.
 * Ascending by one string property, in code-unit order.
 */
const ascendingBy =
  <K extends string>(key: K) =>
  (a: Readonly<Record<K, string>>, b: Readonly<Record<K, string>>): number =>
    a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;
/** Ties, participations and claims. */
const inIdOrder = ascendingBy('id');
const byActorId = ascendingBy('actorId');
const byStatementId = ascendingBy('statementId');
/** Statements in date order (their sort key ends with the id). */
const inDateOrder = ascendingBy('sortKey');

function grouped<T>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
  keysOf: (record: T) => readonly string[],
  order?: (a: T, b: T) => number,
): RecordLoader<T[]> {
  return new RecordLoader(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const record of await fetch(ids)) {
      for (const key of keysOf(record)) groups.get(key)?.push(record);
    }
    return ids.map((id) => (order ? (groups.get(id) ?? []).sort(order) : (groups.get(id) ?? [])));
  });
}

function groupedValues<T>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
  keyOf: (record: T) => string,
  valueOf: (record: T) => string,
): RecordLoader<string[]> {
  return new RecordLoader(async (ids) => {
    const groups = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const record of await fetch(ids)) groups.get(keyOf(record))?.push(valueOf(record));
    return ids.map((id) => (groups.get(id) ?? []).sort());
  });
}

function primeOne<T>(loader: RecordLoader<T | null>, lookup: LookupAnswers<T>): void {
  for (const [id, [record]] of lookup.answers) loader.prime(id, record ?? null);
}

function primeGroups<T, V = T>(
  loader: RecordLoader<V[]>,
  lookup: LookupAnswers<T>,
  valueOf: (record: T) => V = (record) => record as unknown as V,
  order?: (a: T, b: T) => number,
): void {
  for (const [key, records] of lookup.answers) {
    loader.prime(key, (order ? [...records].sort(order) : records).map(valueOf));
  }
}
