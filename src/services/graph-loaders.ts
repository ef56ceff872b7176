import DataLoader from 'dataloader';
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
import type { GraphStore } from '../ports/graph-store.port';

/**
 * Per-request batching of graph reads. Every field of one nested level asks its
 * loader; the loader makes one store call for all of them. A nested query thus
 * costs one round trip per level and relation, whatever the page size (no N+1).
 * A new instance per request: nothing is cached across requests or users.
 */
export class GraphLoaders {
  readonly actor: DataLoader<string, ActorRecord | null>;
  readonly event: DataLoader<string, EventRecord | null>;
  readonly statement: DataLoader<string, StatementRecord | null>;
  readonly document: DataLoader<string, DocumentRecord | null>;
  readonly place: DataLoader<string, PlaceRecord | null>;
  readonly evidence: DataLoader<string, EvidenceRecord | null>;
  readonly claim: DataLoader<string, ClaimRecord | null>;
  readonly participationsByEvent: DataLoader<string, ParticipationRecord[]>;
  readonly participationsByActor: DataLoader<string, ParticipationRecord[]>;
  readonly tiesByActor: DataLoader<string, TieRecord[]>;
  readonly statementsBySpeaker: DataLoader<string, StatementRecord[]>;
  readonly statementsByEvent: DataLoader<string, StatementRecord[]>;
  readonly aboutActorIdsByStatement: DataLoader<string, string[]>;
  readonly statementIdsAboutActor: DataLoader<string, string[]>;
  readonly claimsBySubject: DataLoader<string, ClaimRecord[]>;
  readonly evidenceByDocument: DataLoader<string, EvidenceRecord[]>;

  constructor(store: GraphStore) {
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
    );
    this.participationsByActor = grouped(
      (ids) => store.participationsByActorIds(ids),
      (p) => [p.actorId],
    );
    this.tiesByActor = grouped(
      (ids) => store.tiesByActorIds(ids),
      (t) => [t.sourceId, t.targetId],
    );
    this.statementsBySpeaker = grouped(
      (ids) => store.statementsBySpeakerIds(ids),
      (s) => [s.speakerId],
    );
    this.statementsByEvent = grouped(
      (ids) => store.statementsByEventIds(ids),
      (s) => (s.eventId === null ? [] : [s.eventId]),
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
    );
    this.evidenceByDocument = grouped(
      (ids) => store.evidenceByDocumentIds(ids),
      (e) => [e.documentId],
    );
  }

  /** Loads many records by id, dropping ids that no longer exist. */
  async many<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
    const records = await loader.loadMany(ids);
    return records.filter((record): record is T => record !== null && !(record instanceof Error));
  }
}

function byId<T extends { id: string }>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await fetch(ids)).map((record) => [record.id, record]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

function grouped<T>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
  keysOf: (record: T) => readonly string[],
): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const record of await fetch(ids)) {
      for (const key of keysOf(record)) groups.get(key)?.push(record);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}

function groupedValues<T>(
  fetch: (ids: readonly string[]) => Promise<T[]>,
  keyOf: (record: T) => string,
  valueOf: (record: T) => string,
): DataLoader<string, string[]> {
  return new DataLoader(async (ids) => {
    const groups = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const record of await fetch(ids)) groups.get(keyOf(record))?.push(valueOf(record));
    return ids.map((id) => groups.get(id) ?? []);
  });
}
