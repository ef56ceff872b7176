import { StoreConstraintError } from '../../src/domain/errors';
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
} from '../../src/domain/graph';
import type {
  ActorListQuery,
  EventListQuery,
  GraphStore,
  PageSlice,
  StatementListQuery,
} from '../../src/ports/graph-store.port';

/**
 * An in-memory fake of the GraphStore port for unit tests of services and the
 * API. It runs the same contract suite as the real adapters, so its behaviour
 * is checked, not assumed. Text search is a case-insensitive word match.
 * `calls` counts round trips, for the batching tests.
 */
export class MemoryGraphStore implements GraphStore {
  readonly kind = 'memory';
  calls = 0;
  private documents = new Map<string, DocumentRecord>();
  private actors = new Map<string, ActorRecord>();
  private places = new Map<string, PlaceRecord>();
  private events = new Map<string, EventRecord>();
  private participations = new Map<string, ParticipationRecord>();
  private statements = new Map<string, StatementRecord>();
  private about = new Map<string, StatementAboutRecord>();
  private ties = new Map<string, TieRecord>();
  private claims = new Map<string, ClaimRecord>();
  private evidence = new Map<string, EvidenceRecord>();

  async initSchema(): Promise<void> {}

  async writeGraph(batch: GraphBatch): Promise<void> {
    this.calls++;
    // Check every reference first, so a failed write changes nothing.
    const has = (map: Map<string, unknown>, pending: readonly { id: string }[], id: string) =>
      map.has(id) || pending.some((item) => item.id === id);
    const missing: string[] = [];
    for (const p of batch.participations) {
      if (!has(this.actors, batch.actors, p.actorId) || !has(this.events, batch.events, p.eventId))
        missing.push(p.id);
    }
    for (const t of batch.ties) {
      if (!has(this.actors, batch.actors, t.sourceId) || !has(this.actors, batch.actors, t.targetId))
        missing.push(t.id);
    }
    for (const s of batch.statements) if (!has(this.actors, batch.actors, s.speakerId)) missing.push(s.id);
    for (const a of batch.statementAbout) {
      if (
        !has(this.statements, batch.statements, a.statementId) ||
        !has(this.actors, batch.actors, a.actorId)
      ) {
        missing.push(`${a.statementId}->${a.actorId}`);
      }
    }
    for (const e of batch.evidence)
      if (!has(this.documents, batch.documents, e.documentId)) missing.push(e.id);
    for (const c of batch.claims) {
      const known =
        c.subjectKind === 'EVENT'
          ? has(this.events, batch.events, c.subjectId)
          : has(this.actors, batch.actors, c.subjectId);
      if (!known) missing.push(c.id);
    }
    if (missing.length > 0)
      throw new StoreConstraintError(`${missing.length} records reference missing nodes`);
    const put = <T extends { id: string }>(map: Map<string, T>, items: readonly T[]) => {
      for (const item of items) map.set(item.id, item);
    };
    put(this.documents, batch.documents);
    put(this.actors, batch.actors);
    put(this.places, batch.places);
    put(this.events, batch.events);
    put(this.participations, batch.participations);
    put(this.statements, batch.statements);
    for (const a of batch.statementAbout) this.about.set(`${a.statementId}|${a.actorId}`, a);
    put(this.ties, batch.ties);
    put(this.claims, batch.claims);
    put(this.evidence, batch.evidence);
  }

  async counts(): Promise<GraphCounts> {
    this.calls++;
    return {
      documents: this.documents.size,
      actors: this.actors.size,
      places: this.places.size,
      events: this.events.size,
      participations: this.participations.size,
      statements: this.statements.size,
      statementAbout: this.about.size,
      ties: this.ties.size,
      claims: this.claims.size,
      evidence: this.evidence.size,
    };
  }

  async close(): Promise<void> {}

  actorsByIds = (ids: readonly string[]) => this.byIds(this.actors, ids);
  eventsByIds = (ids: readonly string[]) => this.byIds(this.events, ids);
  statementsByIds = (ids: readonly string[]) => this.byIds(this.statements, ids);
  documentsByIds = (ids: readonly string[]) => this.byIds(this.documents, ids);
  placesByIds = (ids: readonly string[]) => this.byIds(this.places, ids);
  evidenceByIds = (ids: readonly string[]) => this.byIds(this.evidence, ids);
  claimsByIds = (ids: readonly string[]) => this.byIds(this.claims, ids);

  async actorIdsByNameKey(key: string): Promise<string[]> {
    this.calls++;
    return [...this.actors.values()]
      .filter((a) => a.aliasKeys.includes(key))
      .map((a) => a.id)
      .sort();
  }

  async listActors(query: ActorListQuery): Promise<PageSlice<ActorRecord>> {
    return this.page(
      [...this.actors.values()].filter(
        (a) =>
          (query.kinds.length === 0 || query.kinds.includes(a.kind)) &&
          (query.nameContains === null || a.aliasKeys.join(' | ').includes(query.nameContains)),
      ),
      query,
    );
  }

  async listEvents(query: EventListQuery): Promise<PageSlice<EventRecord>> {
    const participantEvents =
      query.participantId === null
        ? null
        : new Set(
            [...this.participations.values()]
              .filter((p) => p.actorId === query.participantId)
              .map((p) => p.eventId),
          );
    return this.page(
      [...this.events.values()].filter(
        (e) =>
          (participantEvents === null || participantEvents.has(e.id)) &&
          (query.types.length === 0 || query.types.includes(e.type)) &&
          (query.from === null || (e.dateEnd !== null && e.dateEnd >= query.from)) &&
          (query.to === null || (e.dateStart !== null && e.dateStart <= query.to)),
      ),
      query,
    );
  }

  async listStatements(query: StatementListQuery): Promise<PageSlice<StatementRecord>> {
    const words = query.text === null ? [] : query.text.toLowerCase().split(/\W+/).filter(Boolean);
    return this.page(
      [...this.statements.values()].filter(
        (s) =>
          (query.speakerId === null || s.speakerId === query.speakerId) &&
          (query.aboutId === null || this.about.has(`${s.id}|${query.aboutId}`)) &&
          (words.length === 0 || words.some((w) => s.text.toLowerCase().includes(w))),
      ),
      query,
    );
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    this.calls++;
    return [...this.documents.values()].sort((a, b) => compare(a.sortKey, b.sortKey));
  }

  async evidenceByDocumentIds(ids: readonly string[]): Promise<EvidenceRecord[]> {
    return this.where(this.evidence, ids, (e) => [e.documentId]).sort(
      (a, b) => compare(a.documentId, b.documentId) || a.start - b.start || compare(a.id, b.id),
    );
  }

  participationsByEventIds = async (ids: readonly string[]) =>
    this.where(this.participations, ids, (p) => [p.eventId]);
  participationsByActorIds = async (ids: readonly string[]) =>
    this.where(this.participations, ids, (p) => [p.actorId]);
  tiesByActorIds = async (ids: readonly string[]) =>
    this.where(this.ties, ids, (t) => [t.sourceId, t.targetId]);
  statementsBySpeakerIds = async (ids: readonly string[]) =>
    this.where(this.statements, ids, (s) => [s.speakerId]);
  statementsByEventIds = async (ids: readonly string[]) =>
    this.where(this.statements, ids, (s) => (s.eventId === null ? [] : [s.eventId]));
  aboutByStatementIds = async (ids: readonly string[]) => this.whereAbout(ids, (a) => a.statementId);
  aboutByActorIds = async (ids: readonly string[]) => this.whereAbout(ids, (a) => a.actorId);
  claimsBySubjectIds = async (ids: readonly string[]) => this.where(this.claims, ids, (c) => [c.subjectId]);

  private async byIds<T>(map: Map<string, T>, ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    this.calls++;
    return [...new Set(ids)].map((id) => map.get(id)).filter((record): record is T => record !== undefined);
  }

  private where<T>(map: Map<string, T>, ids: readonly string[], keys: (record: T) => string[]): T[] {
    if (ids.length === 0) return [];
    this.calls++;
    const wanted = new Set(ids);
    return [...map.values()].filter((record) => keys(record).some((key) => wanted.has(key)));
  }

  private whereAbout(
    ids: readonly string[],
    key: (a: StatementAboutRecord) => string,
  ): StatementAboutRecord[] {
    if (ids.length === 0) return [];
    this.calls++;
    const wanted = new Set(ids);
    return [...this.about.values()].filter((a) => wanted.has(key(a)));
  }

  private page<T extends { sortKey: string }>(
    matching: T[],
    query: { after: string | null; limit: number },
  ): PageSlice<T> {
    this.calls++;
    const sorted = matching.sort((a, b) => compare(a.sortKey, b.sortKey));
    const after = sorted.filter((item) => query.after === null || item.sortKey > query.after);
    return {
      items: after.slice(0, query.limit),
      hasMore: after.length > query.limit,
      totalCount: matching.length,
    };
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
