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
  readonly participationsByEvent: ListLoader<ParticipationRecord>;
  readonly participationsByActor: ListLoader<ParticipationRecord>;
  readonly tiesByActor: ListLoader<TieRecord>;
  readonly statementsBySpeaker: ListLoader<StatementRecord>;
  readonly statementsByEvent: ListLoader<StatementRecord>;
  readonly aboutActorIdsByStatement: ListLoader<StatementAboutRecord, string>;
  readonly statementIdsAboutActor: ListLoader<StatementAboutRecord, string>;
  readonly claimsBySubject: ListLoader<ClaimRecord>;
  readonly evidenceByDocument: ListLoader<EvidenceRecord>;
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
    this.participationsByEvent = new ListLoader(
      (ids) => store.participationsByEventIds(ids),
      (p) => [p.eventId],
      listed(inIdOrder),
    );
    this.participationsByActor = new ListLoader(
      (ids) => store.participationsByActorIds(ids),
      (p) => [p.actorId],
      listed(inIdOrder),
    );
    this.tiesByActor = new ListLoader(
      (ids) => store.tiesByActorIds(ids),
      (t) => [t.sourceId, t.targetId],
      listed(inIdOrder),
    );
    this.statementsBySpeaker = new ListLoader(
      (ids) => store.statementsBySpeakerIds(ids),
      (s) => [s.speakerId],
      listed(inDateOrder),
    );
    this.statementsByEvent = new ListLoader(
      (ids) => store.statementsByEventIds(ids),
      (s) => (s.eventId === null ? [] : [s.eventId]),
      listed(inDateOrder),
    );
    this.aboutActorIdsByStatement = new ListLoader(
      (ids) => store.aboutByStatementIds(ids),
      (a) => [a.statementId],
      listed(byActorId, (a) => a.actorId),
    );
    this.statementIdsAboutActor = new ListLoader(
      (ids) => store.aboutByActorIds(ids),
      (a) => [a.actorId],
      listed(byStatementId, (a) => a.statementId),
    );
    this.claimsBySubject = new ListLoader(
      (ids) => store.claimsBySubjectIds(ids),
      (c) => [c.subjectId],
      listed(inIdOrder),
    );
    this.evidenceByDocument = new ListLoader(
      (ids) => store.evidenceByDocumentIds(ids),
      (e) => [e.documentId],
      listed(),
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
    this.participationsByEvent.primeFrom(records.participationsByEvent);
    this.participationsByActor.primeFrom(records.participationsByActor);
    this.tiesByActor.primeFrom(records.tiesByActor);
    this.statementsBySpeaker.primeFrom(records.statementsBySpeaker);
    this.statementsByEvent.primeFrom(records.statementsByEvent);
    this.claimsBySubject.primeFrom(records.claimsBySubject);
    this.evidenceByDocument.primeFrom(records.evidenceByDocument);
    this.aboutActorIdsByStatement.primeFrom(records.aboutByStatement);
    this.statementIdsAboutActor.primeFrom(records.aboutByActor);
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
  <T extends Readonly<Record<K, string>>>(a: T, b: T): number =>
    a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0;
/** Ties, participations and claims. */
const inIdOrder = ascendingBy('id');
const byActorId = ascendingBy('actorId');
const byStatementId = ascendingBy('statementId');
/** Statements in date order (their sort key ends with the id). */
const inDateOrder = ascendingBy('sortKey');

function primeOne<T>(loader: RecordLoader<T | null>, lookup: LookupAnswers<T>): void {
  for (const [id, [record]] of lookup.answers) loader.prime(id, record ?? null);
}

/**
 * A loader of each key's list: the records a batch of its own fetches, or a
 * planned read found, made into the list the same way (`list`: in the list's
 * one order, as the records or one id of each), so that a field answers the
 * same whichever read filled its loader.
 */
class ListLoader<T, V = T> extends RecordLoader<V[]> {
  constructor(
    fetch: (ids: readonly string[]) => Promise<T[]>,
    keysOf: (record: T) => readonly string[],
    private readonly list: (records: T[]) => V[],
  ) {
    super(async (ids) => {
      const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
      for (const record of await fetch(ids)) {
        for (const key of keysOf(record)) groups.get(key)?.push(record);
      }
      return ids.map((id) => list(groups.get(id) ?? []));
    });
  }

  /** Holds what a planned read found for each of its keys (a key already loaded keeps its value). */
  primeFrom(lookup: LookupAnswers<T>): void {
    for (const [key, records] of lookup.answers) this.prime(key, this.list([...records]));
  }
}

/** Records made into a list: sorted in place by `order` when given, then each made into `valueOf`'s value. */
function listed<T>(order?: (a: T, b: T) => number): (records: T[]) => T[];
function listed<T, V>(order: (a: T, b: T) => number, valueOf: (record: T) => V): (records: T[]) => V[];
function listed<T, V>(order?: (a: T, b: T) => number, valueOf?: (record: T) => V) {
  return (records: T[]) => {
    if (order) records.sort(order);
    return valueOf ? records.map(valueOf) : records;
  };
}
