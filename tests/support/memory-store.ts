import { StoreConstraintError } from '../../src/domain/errors';
import {
  actorSummary,
  eventSummary,
  type ActorRecord,
  type ClaimRecord,
  type DocumentRecord,
  type EventRecord,
  type EvidenceRecord,
  type GraphBatch,
  type GraphCounts,
  type GraphPath,
  type ParticipationRecord,
  type PathStepRecord,
  type PlaceRecord,
  type StatementAboutRecord,
  type StatementRecord,
  type TieRecord,
  tieSortKey,
} from '../../src/domain/graph';
import { tieInWindow } from '../../src/domain/time-window';
import {
  LOOKUP_METHODS,
  type ActorListQuery,
  type ClaimListQuery,
  type EventListQuery,
  type GraphChunks,
  type GraphStore,
  type PageSlice,
  type PathQuery,
  type PlannedRead,
  type PlannedReadResult,
  type StatementListQuery,
  type TieListQuery,
} from '../../src/ports/graph-store.port';
import { readInSteps } from '../../src/adapters/shared/planned-steps';
import type { PageRoot } from '../../src/adapters/shared/lookup-queries';
import type { PlanRecord } from '../../src/domain/read-plan';
import type {
  ActorEdgeRecord,
  AliasLinkRecord,
  DocumentStatsRecord,
  GraphStatsRecord,
  TextHitKind,
  TextHitRecord,
} from '../../src/ports/graph-store.port';
import { nameKey } from '../../src/domain/text';
import {
  aboutLinkId,
  fingerprintOf,
  RECORD_KINDS,
  type GraphChanges,
  type GraphFingerprints,
  type RecordKind,
} from '../../src/domain/graph-diff';
import type { SchemaStatus } from '../../src/ports/graph-store.port';

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
  /** Like the stores' Alias nodes: links are only ever added. */
  private aliasLinkKeys = new Set<string>();

  private version: string | null = null;
  private writes = 0;

  async initSchema(): Promise<void> {}

  async schemaStatus(): Promise<SchemaStatus> {
    this.calls++;
    return { missing: [] };
  }

  async graphVersion(): Promise<string | null> {
    this.calls++;
    return this.version;
  }

  async fingerprints(): Promise<GraphFingerprints> {
    this.calls++;
    const result: Partial<Record<RecordKind, Map<string, string>>> = {};
    for (const kind of RECORD_KINDS) {
      const records = [...(this.tableOf(kind).values() as Iterable<object>)];
      result[kind] = new Map(
        records.map((record) => [
          kind === 'statementAbout'
            ? aboutLinkId(record as StatementAboutRecord)
            : (record as { id: string }).id,
          fingerprintOf(record),
        ]),
      );
    }
    return result as GraphFingerprints;
  }

  /** Like the stores: removals, then the owned links of changed actors, then the upserts; all or nothing. */
  async applyChanges(changes: GraphChanges): Promise<void> {
    this.calls++;
    await this.atomically(() => {
      for (const kind of RECORD_KINDS) {
        const table = this.tableOf(kind);
        for (const id of changes.removed[kind])
          table.delete(kind === 'statementAbout' ? id.replace('>', '|') : id);
      }
      // Detached links go with their nodes, as DETACH DELETE takes them.
      const removedActors = new Set(changes.removed.actors);
      const changedActors = new Set([...changes.removed.actors, ...changes.updated.actors]);
      for (const link of [...this.aliasLinkKeys]) {
        if (changedActors.has(link.split('\u0000')[1] ?? '')) this.aliasLinkKeys.delete(link);
      }
      for (const [key, link] of [...this.about]) {
        if (removedActors.has(link.actorId) || !this.statements.has(link.statementId)) this.about.delete(key);
      }
      this.writeUnchecked(changes.upserts);
    });
  }

  /**
   * Runs a write as one transaction: when it leaves a link or fact whose ends are
   * not in the store (what the stores' MATCH before MERGE refuses), everything is
   * put back and the write fails.
   */
  private async atomically(write: () => void | Promise<void>): Promise<void> {
    const snapshot = this.snapshot();
    const links = new Set(this.aliasLinkKeys);
    const version = this.version;
    try {
      await write();
      const dangling = this.danglingReferences();
      if (dangling > 0) throw new StoreConstraintError(`${dangling} records reference missing nodes`);
    } catch (error) {
      this.restore(snapshot);
      this.aliasLinkKeys = links;
      this.version = version;
      throw error;
    }
  }

  /** Links and facts whose ends are not in the store, as the stores' MATCH-before-MERGE would refuse. */
  private danglingReferences(): number {
    let count = 0;
    for (const p of this.participations.values())
      if (!this.actors.has(p.actorId) || !this.events.has(p.eventId)) count++;
    for (const t of this.ties.values())
      if (!this.actors.has(t.sourceId) || !this.actors.has(t.targetId)) count++;
    for (const s of this.statements.values()) if (!this.actors.has(s.speakerId)) count++;
    for (const a of this.about.values())
      if (!this.statements.has(a.statementId) || !this.actors.has(a.actorId)) count++;
    for (const e of this.evidence.values()) if (!this.documents.has(e.documentId)) count++;
    for (const c of this.claims.values()) {
      if (!(c.subjectKind === 'EVENT' ? this.events : this.actors).has(c.subjectId)) count++;
    }
    return count;
  }

  private tableOf(kind: RecordKind): Map<string, unknown> {
    const tables: Record<RecordKind, Map<string, unknown>> = {
      documents: this.documents,
      actors: this.actors,
      places: this.places,
      events: this.events,
      participations: this.participations,
      statements: this.statements,
      statementAbout: this.about,
      ties: this.ties,
      claims: this.claims,
      evidence: this.evidence,
    };
    return tables[kind];
  }

  private snapshot(): Map<RecordKind, Map<string, unknown>> {
    return new Map(RECORD_KINDS.map((kind) => [kind, new Map(this.tableOf(kind))]));
  }

  private restore(snapshot: Map<RecordKind, Map<string, unknown>>): void {
    for (const kind of RECORD_KINDS) {
      const table = this.tableOf(kind);
      table.clear();
      for (const [id, record] of snapshot.get(kind) ?? []) table.set(id, record);
    }
  }

  async writeGraph(batch: GraphBatch): Promise<void> {
    this.calls++;
    await this.atomically(() => this.writeUnchecked(batch));
  }

  async writeGraphChunks(chunks: GraphChunks): Promise<void> {
    this.calls++;
    await this.atomically(async () => {
      for await (const batch of chunks) this.writeUnchecked(batch);
    });
  }

  private writeUnchecked(batch: GraphBatch): void {
    this.version = `v${++this.writes}`;
    const put = <T extends { id: string }>(map: Map<string, T>, items: readonly T[]) => {
      for (const item of items) map.set(item.id, item);
    };
    put(this.documents, batch.documents);
    put(this.actors, batch.actors);
    for (const a of batch.actors)
      for (const key of a.aliasKeys) this.aliasLinkKeys.add(`${key}\u0000${a.id}`);
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
  tiesByIds = (ids: readonly string[]) => this.byIds(this.ties, ids);

  async listClaims(query: ClaimListQuery): Promise<PageSlice<ClaimRecord>> {
    const matching = [...this.claims.values()].filter(
      (c) =>
        (query.property === null || c.property === query.property) &&
        (query.subjectId === null || c.subjectId === query.subjectId) &&
        (query.documentId === null || c.documentId === query.documentId) &&
        (query.attributedToId === null || c.accordingToId === query.attributedToId),
    );
    // Claims page in id order, the id being their keyset.
    const page = this.page(
      matching.map((claim) => ({ claim, sortKey: claim.id })),
      query,
    );
    return { ...page, items: page.items.map((item) => item.claim) };
  }

  async actorIdsByNameKey(key: string): Promise<string[]> {
    this.calls++;
    return [...this.actors.values()]
      .filter((a) => a.aliasKeys.includes(key))
      .map((a) => a.id)
      .sort();
  }

  /**
   * One call: the plans are followed step by step (as on Kuzu) through this
   * fake's own by-ids and list methods, which count nothing here.
   */
  async readPlanned(reads: readonly PlannedRead[]): Promise<PlannedReadResult> {
    this.calls++;
    return readInSteps(reads, {
      lookup: (name, keys) =>
        this.within(() =>
          (this[LOOKUP_METHODS[name]] as (ids: readonly string[]) => Promise<PlanRecord[]>)(keys),
        ),
      page: (root) => this.within(() => this.rootPage(root)),
      // As on Kuzu outside a transaction: independent lookups run at once.
      lanes: 3,
    });
  }

  /** Calls a method as part of another call: the calls it counts (at its start) are taken back. */
  private within<T>(call: () => Promise<T>): Promise<T> {
    const before = this.calls;
    const result = call();
    this.calls = before;
    return result;
  }

  private rootPage(root: PageRoot): Promise<PageSlice<PlanRecord>> {
    switch (root.by) {
      case 'actorPage':
        return this.listActors(root.query);
      case 'eventPage':
        return this.listEvents(root.query);
      case 'statementPage':
        return this.listStatements(root.query);
      case 'tiePage':
        return this.listTies(root.query);
    }
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
          (e.dateStart === null
            ? (query.from === null && query.to === null) || (query.undated ?? 'EXCLUDE') !== 'EXCLUDE'
            : query.undated !== 'ONLY' &&
              (query.from === null || (e.dateEnd !== null && e.dateEnd >= query.from)) &&
              (query.to === null || e.dateStart <= query.to)),
      ),
      query,
    );
  }

  async listTies(query: TieListQuery): Promise<PageSlice<TieRecord>> {
    const window = { from: query.asOf, to: query.asOf };
    const matching = [...this.ties.values()]
      .filter((tie) => tie.sourceId === query.actorId || tie.targetId === query.actorId)
      .filter((tie) => query.types.length === 0 || query.types.includes(tie.type))
      .filter((tie) => tieInWindow(tie, window))
      .map((tie) => ({ tie, sortKey: tieSortKey(tie) }));
    const page = this.page(matching, query);
    return { ...page, items: page.items.map(({ tie }) => tie) };
  }

  async listStatements(query: StatementListQuery): Promise<PageSlice<StatementRecord>> {
    // Any word of the query, as a full-text index matches (stemmed, stop words dropped).
    const terms = query.text === null ? null : words(query.text);
    return this.page(
      [...this.statements.values()].filter(
        (s) =>
          (query.speakerId === null || s.speakerId === query.speakerId) &&
          (query.aboutId === null || this.about.has(`${s.id}|${query.aboutId}`)) &&
          (terms === null || words(s.text).some((word) => terms.includes(word))),
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

  async participationsWithEventsByActorIds(ids: readonly string[], limit: number) {
    const participations = (await this.participationsByActorIds(ids)).slice(0, limit);
    return participations.map((participation) => ({
      participation,
      event: eventSummary(this.events.get(participation.eventId) as EventRecord),
    }));
  }

  async tiesWithActorsByActorIds(ids: readonly string[], limit: number) {
    this.calls++;
    const wanted = new Set(ids);
    const ties = [...this.ties.values()];
    const side = (end: 'sourceId' | 'targetId', far: 'sourceId' | 'targetId') =>
      ties
        .filter((tie) => wanted.has(tie[end]))
        .slice(0, limit)
        .map((tie) => ({ tie, actor: actorSummary(this.actors.get(tie[far]) as ActorRecord) }));
    return [...side('sourceId', 'targetId'), ...side('targetId', 'sourceId')];
  }

  async participationsWithActorsByEventIds(ids: readonly string[], limit: number) {
    const participations = (await this.participationsByEventIds(ids)).slice(0, limit);
    return participations.map((participation) => ({
      participation,
      actor: actorSummary(this.actors.get(participation.actorId) as ActorRecord),
    }));
  }

  /** Breadth-first enumeration of simple paths over actors and events, shortest first. */
  async findPaths(query: PathQuery): Promise<GraphPath[]> {
    this.calls++;
    type Step = PathStepRecord;
    const adjacent = (nodeId: string): { next: string; kind: 'ACTOR' | 'EVENT'; step: Step }[] => [
      ...[...this.participations.values()]
        .filter((p) => p.actorId === nodeId || p.eventId === nodeId)
        .map((p) => ({
          next: p.actorId === nodeId ? p.eventId : p.actorId,
          kind: (p.actorId === nodeId ? 'EVENT' : 'ACTOR') as 'ACTOR' | 'EVENT',
          step: { kind: 'PARTICIPATION' as const, participation: p },
        })),
      ...[...this.ties.values()]
        .filter((t) => t.sourceId === nodeId || t.targetId === nodeId)
        .map((t) => ({
          next: t.sourceId === nodeId ? t.targetId : t.sourceId,
          kind: 'ACTOR' as const,
          step: { kind: 'TIE' as const, tie: t },
        })),
    ];
    const found: GraphPath[] = [];
    let frontier: GraphPath[] = [{ nodes: [{ id: query.fromId, kind: 'ACTOR' }], steps: [] }];
    for (let hops = 1; hops <= query.maxHops && frontier.length > 0; hops++) {
      const next: GraphPath[] = [];
      for (const path of frontier) {
        const last = path.nodes[path.nodes.length - 1]!;
        for (const edge of adjacent(last.id)) {
          if (path.nodes.some((n) => n.id === edge.next)) continue;
          const extended = {
            nodes: [...path.nodes, { id: edge.next, kind: edge.kind }],
            steps: [...path.steps, edge.step],
          };
          if (edge.next === query.toId) found.push(extended);
          else next.push(extended);
        }
      }
      if (query.mode === 'ALL_SHORTEST' && found.length > 0) break;
      frontier = next;
    }
    return found.slice(0, query.limit);
  }

  // --- search, centrality and statistics ---

  /** A crude full-text index: folded words, English stop words dropped, a light suffix stemmer. */
  async searchText(text: string, limit: number): Promise<TextHitRecord[]> {
    this.calls++;
    const terms = new Set(words(text));
    if (terms.size === 0) return [];
    const score = (fields: readonly (string | null)[]) => {
      const tokens = words(fields.filter((f) => f !== null).join(' '));
      const matched = [...terms].filter((term) => tokens.includes(term)).length;
      return matched === 0 ? 0 : matched / Math.log2(2 + tokens.length);
    };
    const top = (kind: TextHitKind, items: { id: string; fields: (string | null)[] }[]): TextHitRecord[] =>
      items
        .map((item) => ({ kind, id: item.id, score: score(item.fields) }))
        .filter((hit) => hit.score > 0)
        .sort((a, b) => b.score - a.score || compare(a.id, b.id))
        .slice(0, limit);
    return [
      ...top(
        'STATEMENT',
        [...this.statements.values()].map((s) => ({ id: s.id, fields: [s.text] })),
      ),
      ...top(
        'EVENT',
        [...this.events.values()].map((e) => ({ id: e.id, fields: [e.title, e.description] })),
      ),
      ...top(
        'DOCUMENT',
        [...this.documents.values()].map((d) => ({ id: d.id, fields: [d.title, d.text] })),
      ),
    ];
  }

  async aliasLinks(): Promise<AliasLinkRecord[]> {
    this.calls++;
    return [...this.aliasLinkKeys].map((link) => {
      const [key, actorId] = link.split('\u0000') as [string, string];
      return { key, actorId };
    });
  }

  async countAliasLinks(): Promise<number> {
    this.calls++;
    return this.aliasLinkKeys.size;
  }

  async actorGraphEdges(): Promise<ActorEdgeRecord[]> {
    this.calls++;
    const pairs = new Map<
      string,
      { sourceId: string; targetId: string; events: Set<string>; ties: number }
    >();
    const pair = (a: string, b: string) => {
      const [sourceId, targetId] = a < b ? [a, b] : [b, a];
      const key = `${sourceId}|${targetId}`;
      const found = pairs.get(key) ?? { sourceId, targetId, events: new Set<string>(), ties: 0 };
      pairs.set(key, found);
      return found;
    };
    const byEvent = new Map<string, Set<string>>();
    for (const p of this.participations.values()) {
      byEvent.set(p.eventId, (byEvent.get(p.eventId) ?? new Set()).add(p.actorId));
    }
    for (const [eventId, actorIds] of byEvent) {
      const list = [...actorIds];
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) pair(list[i]!, list[j]!).events.add(eventId);
    }
    for (const t of this.ties.values()) if (t.sourceId !== t.targetId) pair(t.sourceId, t.targetId).ties++;
    return [...pairs.values()]
      .map(({ sourceId, targetId, events, ties }) => ({ sourceId, targetId, events: events.size, ties }))
      .sort((a, b) => compare(a.sourceId, b.sourceId) || compare(a.targetId, b.targetId));
  }

  async graphStats(): Promise<GraphStatsRecord> {
    this.calls++;
    const tally = <T extends string>(values: T[]) => {
      const counts = new Map<T, number>();
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      return [...counts]
        .map(([key, count]) => ({ key, count }))
        .sort((a, b) => b.count - a.count || compare(a.key, b.key));
    };
    const facts = (documentId: string, kind: string) =>
      new Set(
        [...this.evidence.values()]
          .filter((e) => e.documentId === documentId && e.factKind === kind)
          .map((e) => e.factId),
      ).size;
    const documents: DocumentStatsRecord[] = [...this.documents.keys()].sort(compare).map((id) => ({
      documentId: id,
      events: facts(id, 'EVENT'),
      participations: facts(id, 'PARTICIPATION'),
      statements: facts(id, 'STATEMENT'),
      ties: facts(id, 'TIE'),
      claims: facts(id, 'CLAIM'),
      evidence: [...this.evidence.values()].filter((e) => e.documentId === id).length,
    }));
    return {
      eventTypes: tally([...this.events.values()].map((e) => e.type)),
      actorKinds: tally([...this.actors.values()].map((a) => a.kind)),
      documents,
    };
  }

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

const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/** Folded words without stop words, each cut to a rough stem ("released", "release" → "releas"). */
function words(text: string): string[] {
  return nameKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word))
    .map((word) => (word.length > 4 ? word.replace(/(ing|ed|es|e|s)$/, '') : word));
}
