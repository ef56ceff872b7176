import type {
  ClaimRecord,
  DocumentRecord,
  EvidenceRecord,
  EventRecord,
  GraphBatch,
  ParticipationRecord,
  StatementAboutRecord,
  StatementRecord,
  TieRecord,
} from '../domain/graph';
import { dateSortKey, normaliseRoles } from '../domain/graph';
import { stableId } from '../domain/ids';
import { NO_PENDING, pendingRecords, type GraphFactStatus, type ReviewLedger } from '../domain/review';
import { isPartialDate, parsePartialDate, type PartialDate } from '../domain/partial-date';
import { nameKey } from '../domain/text';
import { isSymmetricTieType, type FactKind } from '../domain/vocabulary';
import { EvidenceLocator, type QuoteRef } from './evidence-locator';
import { ProblemCollector } from './problem-collector';
import { buildRegistry, toActorRecord, type Registry } from './registry-builder';
import type { RawFile, RawSources, SourceWarning } from './source-files';
import { reviewSources } from './review-sources';
import {
  documentAnnotationSchema,
  type DocumentAnnotation,
  type EventAnnotation,
  type SourceStatus,
} from './source.schema';

/** What a link's evidence determines once every file is read. */
type Attested = 'evidenceIds' | 'documentIds';

interface Mutable<T> {
  record: T;
  evidenceIds: Set<string>;
  file: string;
}

/** Where a record sits in its file, for error messages. */
interface Site {
  readonly file: string;
  readonly record: string;
}

/**
 * Turns validated sources into the graph: finds every quote in its document,
 * merges facts that several documents state (one event, evidence from each), and
 * checks every reference. Throws SourceValidationError listing every problem.
 */
export function buildGraph(sources: RawSources): GraphBatch {
  return buildReviewedGraph(sources).graph;
}

/** The graph of the sources, what their review says beside it, and the graph with pending facts too. */
export interface ReviewedGraph {
  readonly graph: GraphBatch;
  readonly review: ReviewLedger;
  /** Curated, accepted and pending facts; null when nothing is pending. */
  readonly withPending: GraphBatch | null;
  /** What the review leaves without effect (decisions on proposals no longer made). */
  readonly warnings: readonly SourceWarning[];
}

/**
 * Applies the review decisions (review-sources.ts), then builds the graph of
 * curated and accepted facts. When proposals are pending, the sources with them
 * are validated too, so an invalid proposal is reported like any source problem.
 */
export function buildReviewedGraph(sources: RawSources): ReviewedGraph {
  const problems = new ProblemCollector();
  const reviewed = reviewSources(sources, problems);
  problems.throwIfAny();
  const { graph, accepted } = assembleGraph(reviewed.sources);
  const withPending = reviewed.withPending ? assembleGraph(reviewed.withPending).graph : null;
  return {
    graph,
    review: {
      proposals: reviewed.proposals,
      accepted,
      actorNames: reviewed.actorNames,
      pending: withPending ? pendingRecords(graph, withPending) : NO_PENDING,
    },
    withPending,
    warnings: reviewed.warnings,
  };
}

function assembleGraph(sources: RawSources): { graph: GraphBatch; accepted: Set<string> } {
  const problems = new ProblemCollector();
  const registry = buildRegistry(sources.registry, problems);
  if (!registry) problems.throwIfAny();
  const assembler = new GraphAssembler(registry as Registry, sources.documents, problems);
  const graph = assembler.assemble(sources.annotations);
  return { graph, accepted: assembler.acceptedIds(graph) };
}

class GraphAssembler {
  private readonly evidence = new Map<string, EvidenceRecord>();
  private readonly documents: DocumentRecord[] = [];
  private readonly events = new Map<string, Mutable<Omit<EventRecord, 'evidenceIds'>>>();
  private readonly participations = new Map<string, Mutable<Omit<ParticipationRecord, Attested>>>();
  private readonly statements = new Map<string, StatementRecord>();
  private readonly statementAbout = new Map<string, StatementAboutRecord>();
  private readonly ties = new Map<string, Mutable<Omit<TieRecord, Attested>>>();
  private readonly claims = new Map<string, ClaimRecord>();
  private readonly actorEvidence = new Map<string, Set<string>>();
  /** References to events that may be defined in a later file. */
  private readonly pendingEventRefs: { site: Site; field: string; eventId: string }[] = [];
  private readonly pendingSubjects: { site: Site; claimId: string; subject: string }[] = [];
  /** Evidence a curated record cites; the rest comes from accepted proposals. */
  private readonly curatedEvidence = new Set<string>();
  /** Whether the record being read was curated or is an accepted proposal (status EXTRACTED, kept). */
  origin: GraphFactStatus = 'CURATED';

  constructor(
    private readonly registry: Registry,
    private readonly texts: ReadonlyMap<string, string>,
    private readonly problems: ProblemCollector,
  ) {}

  assemble(annotationFiles: readonly RawFile[]): GraphBatch {
    const annotated = new Set<string>();
    for (const raw of annotationFiles) {
      const documentId = this.addAnnotationFile(raw);
      if (documentId) annotated.add(documentId);
    }
    for (const documentId of this.texts.keys()) {
      if (!annotated.has(documentId)) {
        this.problems.add(
          `annotations/${documentId}.yaml`,
          '(file)',
          '(file)',
          'document has no annotation file',
        );
      }
    }
    this.resolvePendingReferences();
    const actors = [...this.registry.actors.values()].map((entry) => {
      const evidenceIds = [...(this.actorEvidence.get(entry.id) ?? [])].sort();
      const site = this.registry.actorSites.get(entry.id);
      if (evidenceIds.length === 0 && site) {
        this.problems.add(
          site.file,
          site.record,
          'id',
          'no document supports this actor: annotate a mention or a fact that involves it',
        );
      }
      return toActorRecord(entry, evidenceIds);
    });
    this.problems.throwIfAny();
    return {
      documents: this.documents,
      actors,
      places: [...this.registry.places.values()],
      events: finish(this.events),
      participations: this.withDocuments(finish(this.participations)),
      statements: [...this.statements.values()],
      statementAbout: [...this.statementAbout.values()],
      ties: this.withDocuments(finish(this.ties)),
      claims: [...this.claims.values()],
      evidence: [...this.evidence.values()],
    };
  }

  /** The facts that stand only on accepted proposals: no curated record cites their evidence. */
  acceptedIds(graph: GraphBatch): Set<string> {
    const facts = [
      ...graph.events,
      ...graph.participations,
      ...graph.statements,
      ...graph.ties,
      ...graph.claims,
    ];
    return new Set(
      facts
        .filter((fact) => fact.evidenceIds.every((id) => !this.curatedEvidence.has(id)))
        .map((fact) => fact.id),
    );
  }

  /** Each link with the distinct documents its evidence comes from. */
  private withDocuments<T extends { evidenceIds: string[] }>(
    records: T[],
  ): (T & { documentIds: string[] })[] {
    return records.map((record) => ({
      ...record,
      documentIds: [
        ...new Set(
          record.evidenceIds.flatMap((id) => {
            const evidence = this.evidence.get(id);
            return evidence ? [evidence.documentId] : [];
          }),
        ),
      ].sort(),
    }));
  }

  private addAnnotationFile(raw: RawFile): string | undefined {
    if (raw.parseError !== null) {
      this.problems.add(raw.file, '(file)', '(file)', `not valid YAML: ${raw.parseError}`);
      return undefined;
    }
    const parsed = documentAnnotationSchema.safeParse(raw.content);
    if (!parsed.success) {
      this.problems.addZodError(raw.file, parsed.error, (path) => describeRecord(raw.content, path));
      return undefined;
    }
    const annotation = parsed.data;
    const text = this.texts.get(annotation.document);
    if (text === undefined) {
      this.problems.add(
        raw.file,
        '(file)',
        'document',
        `no document seeds/documents/${annotation.document}.txt`,
      );
      return undefined;
    }
    const expectedName = `${annotation.document}.yaml`;
    if (!raw.file.endsWith(expectedName)) {
      this.problems.add(
        raw.file,
        '(file)',
        'document',
        `annotation of ${annotation.document} must be named ${expectedName}`,
      );
    }
    new DocumentAnnotationReader(this, raw.file, new EvidenceLocator(annotation.document, text)).read(
      annotation,
      text,
    );
    return annotation.document;
  }

  // --- used by DocumentAnnotationReader -----------------------------------------

  problem(site: Site, field: string, message: string): void {
    this.problems.add(site.file, site.record, field, message);
  }

  hasActor(id: string): boolean {
    return this.registry.actors.has(id);
  }

  hasPlace(id: string): boolean {
    return this.registry.places.has(id);
  }

  actorSpellings(id: string): string[] {
    const entry = this.registry.actors.get(id);
    return entry ? [entry.name, ...entry.aliases] : [];
  }

  addEvidence(record: EvidenceRecord, actorIds: readonly string[] = []): string {
    this.evidence.set(record.id, record);
    if (this.origin === 'CURATED') this.curatedEvidence.add(record.id);
    for (const actorId of actorIds) {
      const set = this.actorEvidence.get(actorId) ?? new Set<string>();
      set.add(record.id);
      this.actorEvidence.set(actorId, set);
    }
    return record.id;
  }

  addDocument(record: DocumentRecord): void {
    this.documents.push(record);
  }

  mergeEvent(site: Site, record: Omit<EventRecord, 'evidenceIds'>, evidenceId: string): void {
    const existing = this.events.get(record.id);
    if (!existing) {
      this.events.set(record.id, { record, evidenceIds: new Set([evidenceId]), file: site.file });
      return;
    }
    // Documents may add detail to an event (a place, a more precise date); they may
    // not contradict each other. Disagreements between sources belong in claims.
    const known = existing.record;
    const contradiction = (field: string, mine: unknown, theirs: unknown): void =>
      this.problem(
        site,
        field,
        `"${String(mine)}" contradicts "${String(theirs)}" in ${existing.file}; record the disagreement as claims`,
      );
    if (record.type !== known.type) contradiction('type', record.type, known.type);
    if (record.placeId !== null && known.placeId !== null && record.placeId !== known.placeId) {
      contradiction('place', record.placeId, known.placeId);
    }
    let dated = known;
    if (
      record.dateStart !== null &&
      known.dateStart !== null &&
      record.dateEnd !== null &&
      known.dateEnd !== null
    ) {
      const mineInside = record.dateStart >= known.dateStart && record.dateEnd <= known.dateEnd;
      const theirsInside = known.dateStart >= record.dateStart && known.dateEnd <= record.dateEnd;
      if (!mineInside && !theirsInside) contradiction('date', record.date, known.date);
      else if (mineInside) dated = record;
    } else if (known.dateStart === null) {
      dated = record;
    }
    existing.record = {
      ...known,
      date: dated.date,
      datePrecision: dated.datePrecision,
      dateStart: dated.dateStart,
      dateEnd: dated.dateEnd,
      dateInferred: dated.dateInferred,
      dateBasis: dated.dateBasis,
      sortKey: dated.sortKey,
      placeId: known.placeId ?? record.placeId,
      description: known.description ?? record.description,
    };
    existing.evidenceIds.add(evidenceId);
  }

  mergeParticipation(record: Omit<ParticipationRecord, Attested>, evidenceId: string, file: string): void {
    const existing = this.participations.get(record.id);
    if (existing) {
      existing.record = {
        ...existing.record,
        roles: normaliseRoles([...existing.record.roles, ...record.roles]),
      };
      existing.evidenceIds.add(evidenceId);
    } else this.participations.set(record.id, { record, evidenceIds: new Set([evidenceId]), file });
  }

  mergeTie(record: Omit<TieRecord, Attested>, evidenceId: string, file: string): void {
    const existing = this.ties.get(record.id);
    if (!existing) {
      this.ties.set(record.id, { record, evidenceIds: new Set([evidenceId]), file });
      return;
    }
    existing.record = {
      ...existing.record,
      role: existing.record.role ?? record.role,
      since: minDate(existing.record.since, record.since),
      until: maxDate(existing.record.until, record.until),
      former: existing.record.former || record.former,
    };
    existing.evidenceIds.add(evidenceId);
  }

  addStatement(record: StatementRecord, about: readonly string[]): void {
    this.statements.set(record.id, record);
    for (const actorId of about) {
      const link = { statementId: record.id, actorId };
      this.statementAbout.set(`${record.id}|${actorId}`, link);
    }
  }

  addClaim(record: ClaimRecord): void {
    this.claims.set(record.id, record);
  }

  referEvent(site: Site, field: string, eventId: string): void {
    this.pendingEventRefs.push({ site, field, eventId });
  }

  referClaimSubject(site: Site, claimId: string, subject: string): void {
    this.pendingSubjects.push({ site, claimId, subject });
  }

  private resolvePendingReferences(): void {
    for (const ref of this.pendingEventRefs) {
      if (!this.events.has(ref.eventId))
        this.problem(ref.site, ref.field, `unknown event id "${ref.eventId}"`);
    }
    for (const ref of this.pendingSubjects) {
      const claim = this.claims.get(ref.claimId);
      if (!claim) continue;
      if (this.events.has(ref.subject)) {
        this.claims.set(ref.claimId, { ...claim, subjectKind: 'EVENT' });
      } else if (this.registry.actors.has(ref.subject)) {
        this.claims.set(ref.claimId, { ...claim, subjectKind: 'ACTOR' });
        for (const evidenceId of claim.evidenceIds) {
          const set = this.actorEvidence.get(ref.subject) ?? new Set<string>();
          set.add(evidenceId);
          this.actorEvidence.set(ref.subject, set);
        }
      } else {
        this.problem(ref.site, 'subject', `unknown event or actor id "${ref.subject}"`);
      }
    }
  }
}

/** Reads one document's annotation into the assembler. */
class DocumentAnnotationReader {
  constructor(
    private readonly graph: GraphAssembler,
    private readonly file: string,
    private readonly locator: EvidenceLocator,
  ) {}

  /** Marks what the next record adds as curated or as an accepted proposal. */
  private from(record: { readonly status?: SourceStatus | undefined }): void {
    this.graph.origin = record.status === 'EXTRACTED' ? 'ACCEPTED' : 'CURATED';
  }

  read(annotation: DocumentAnnotation, text: string): void {
    this.graph.origin = 'CURATED';
    this.readDocument(annotation, text);
    annotation.mentions.forEach((mention, index) => {
      this.from(mention);
      const site = this.site('mentions', index, mention.actor);
      if (!this.actor(site, 'actor', mention.actor)) return;
      const spellings = this.graph.actorSpellings(mention.actor);
      const quoteKey = nameKey(mention.quote);
      if (!spellings.some((spelling) => quoteKey.includes(nameKey(spelling)))) {
        this.graph.problem(site, 'quote', `quote contains none of ${mention.actor}'s registered spellings`);
      }
      this.evidence(site, 'quote', mention, mention.actor, 'ACTOR_MENTION', [mention.actor]);
    });
    annotation.events.forEach((event, index) => {
      this.from(event);
      this.readEvent(event, index);
    });
    annotation.statements.forEach((statement, index) => {
      this.from(statement);
      const site = this.site('statements', index, statement.speaker);
      this.actor(site, 'speaker', statement.speaker);
      statement.about.forEach((id, at) => this.actor(site, `about[${at}]`, id));
      const date = this.date(site, 'date', statement.date);
      const located = this.locator.locate(statement, 'pending', 'STATEMENT');
      if (typeof located === 'string') {
        this.graph.problem(site, 'quote', located);
        return;
      }
      const id = stableId('st', this.locator.documentId, String(located.start), String(located.end));
      const evidenceIds = [
        this.graph.addEvidence({ ...located, id: stableId('ev', located.id, id), factId: id }, [
          statement.speaker,
          ...statement.about,
        ]),
      ];
      if (statement.attribution !== undefined) {
        const attributed = this.evidence(
          site,
          'attribution',
          { quote: statement.attribution },
          id,
          'STATEMENT',
          [statement.speaker],
        );
        if (attributed) evidenceIds.push(attributed);
      }
      if (statement.event !== undefined) this.graph.referEvent(site, 'event', statement.event);
      this.graph.addStatement(
        {
          id,
          speakerId: statement.speaker,
          text: statement.quote,
          mode: statement.mode,
          date: date?.value ?? null,
          datePrecision: date?.precision ?? null,
          eventId: statement.event ?? null,
          documentId: this.locator.documentId,
          sortKey: `${this.locator.documentId}|${String(located.start).padStart(8, '0')}`,
          evidenceIds,
        },
        statement.about,
      );
    });
    annotation.ties.forEach((tie, index) => {
      this.from(tie);
      const site = this.site('ties', index, `${tie.source} ${tie.type} ${tie.target}`);
      const known = [this.actor(site, 'source', tie.source), this.actor(site, 'target', tie.target)];
      const since = this.date(site, 'since', tie.since);
      const until = this.date(site, 'until', tie.until);
      if (since && until && since.start > until.end)
        this.graph.problem(site, 'until', 'ends before it begins');
      if (tie.source === tie.target) this.graph.problem(site, 'target', 'a tie needs two different actors');
      if (!known.every(Boolean)) return;
      const [sourceId, targetId] =
        isSymmetricTieType(tie.type) && tie.target < tie.source
          ? [tie.target, tie.source]
          : [tie.source, tie.target];
      const id = stableId('tie', sourceId, tie.type, targetId);
      const evidenceId = this.evidence(site, 'quote', tie, id, 'TIE', [sourceId, targetId]);
      if (!evidenceId) return;
      this.graph.mergeTie(
        {
          id,
          sourceId,
          targetId,
          type: tie.type,
          role: tie.role ?? null,
          since: since?.value ?? null,
          until: until?.value ?? null,
          former: tie.former ?? false,
        },
        evidenceId,
        this.file,
      );
    });
    annotation.claims.forEach((claim, index) => {
      this.from(claim);
      const site = this.site('claims', index, `${claim.subject} ${claim.property}`);
      if (claim.minimum !== undefined && claim.maximum !== undefined && claim.minimum > claim.maximum) {
        this.graph.problem(site, 'maximum', 'is smaller than minimum');
      }
      const located = this.locator.locate(claim, 'pending', 'CLAIM');
      if (typeof located === 'string') {
        this.graph.problem(site, 'quote', located);
        return;
      }
      const id = stableId(
        'claim',
        this.locator.documentId,
        claim.subject,
        claim.property,
        claim.value,
        String(located.start),
      );
      if (claim.accordingTo !== undefined && !this.actor(site, 'accordingTo', claim.accordingTo)) return;
      // The claim's quote is the figure; the attribution's own words attest the source as a mention.
      const evidenceId = this.graph.addEvidence({
        ...located,
        id: stableId('ev', located.id, id),
        factId: id,
      });
      this.graph.addClaim({
        id,
        subjectId: claim.subject,
        subjectKind: 'EVENT',
        property: claim.property,
        wording: claim.wording,
        accordingToId: claim.accordingTo ?? null,
        value: claim.value,
        minimum: claim.minimum ?? null,
        maximum: claim.maximum ?? null,
        documentId: this.locator.documentId,
        evidenceIds: [evidenceId],
      });
      this.graph.referClaimSubject(site, id, claim.subject);
    });
  }

  private readDocument(annotation: DocumentAnnotation, text: string): void {
    const site: Site = { file: this.file, record: '(document)' };
    const documentId = this.locator.documentId;
    const evidenceIds: string[] = [];
    const add = (field: string, ref: QuoteRef | undefined, actors: readonly string[] = []): void => {
      if (!ref) return;
      const id = this.evidence(site, `${field}.quote`, ref, documentId, 'DOCUMENT_METADATA', actors);
      if (id) evidenceIds.push(id);
    };
    add('title', annotation.title);
    const authorActor = annotation.author?.actor;
    if (authorActor !== undefined) this.actor(site, 'author.actor', authorActor);
    add('author', annotation.author, authorActor !== undefined ? [authorActor] : []);
    add('published', annotation.published);
    const published = this.date(site, 'published.date', annotation.published?.date);
    if (!annotation.published) {
      this.graph.problem(site, 'published', 'every document needs a publication date, inferred if need be');
    }
    this.graph.addDocument({
      id: documentId,
      title: annotation.title?.text ?? null,
      author: annotation.author?.name ?? null,
      authorActorId: authorActor ?? null,
      publishedDate: published?.value ?? null,
      publishedPrecision: published?.precision ?? null,
      publishedInferred: annotation.published?.inferred ?? false,
      publishedBasis: annotation.published?.basis ?? null,
      text,
      sortKey: documentId,
      evidenceIds,
    });
  }

  private readEvent(event: EventAnnotation, index: number): void {
    const site = this.site('events', index, event.id);
    const date = this.date(site, 'date', event.date);
    const endDate = this.date(site, 'endDate', event.endDate);
    if (endDate && !date) this.graph.problem(site, 'endDate', 'an end date needs a start date');
    if (date && endDate && endDate.end < date.start)
      this.graph.problem(site, 'endDate', 'ends before it begins');
    if (event.place !== undefined && !this.graph.hasPlace(event.place)) {
      this.graph.problem(site, 'place', `unknown place id "${event.place}"`);
    }
    const participantIds = event.participants.map((p) => p.actor);
    const evidenceId = this.evidence(site, 'quote', event, event.id, 'EVENT', participantIds);
    event.participants.forEach((participant, at) => {
      const field = `participants[${at}]`;
      if (!this.actor(site, `${field}.actor`, participant.actor)) return;
      // One participation per actor and event: a second role merges into it (mergeParticipation).
      const id = stableId('part', event.id, participant.actor);
      const ref: QuoteRef =
        participant.quote !== undefined
          ? { quote: participant.quote, occurrence: participant.occurrence }
          : event;
      const partEvidence = this.evidence(site, `${field}.quote`, ref, id, 'PARTICIPATION', [
        participant.actor,
      ]);
      if (partEvidence) {
        this.graph.mergeParticipation(
          { id, eventId: event.id, actorId: participant.actor, roles: [participant.role] },
          partEvidence,
          this.file,
        );
      }
    });
    if (!evidenceId) return;
    const dateStart = date?.start ?? null;
    this.graph.mergeEvent(
      site,
      {
        id: event.id,
        type: event.type,
        title: event.title,
        description: event.description ?? null,
        date: date?.value ?? null,
        datePrecision: date?.precision ?? null,
        dateStart,
        dateEnd: (endDate ?? date)?.end ?? null,
        dateInferred: event.dateInferred ?? false,
        dateBasis: event.dateBasis ?? null,
        placeId: event.place ?? null,
        sortKey: dateSortKey(dateStart, event.id),
      },
      evidenceId,
    );
  }

  private site(section: string, index: number, label: string): Site {
    return { file: this.file, record: `${section}[${index}] (${label})` };
  }

  private actor(site: Site, field: string, id: string): boolean {
    if (this.graph.hasActor(id)) return true;
    this.graph.problem(site, field, `unknown actor id "${id}"`);
    return false;
  }

  private date(site: Site, field: string, value: string | undefined): PartialDate | undefined {
    if (value === undefined) return undefined;
    const parsed = parsePartialDate(value);
    if (isPartialDate(parsed)) return parsed;
    this.graph.problem(site, field, `impossible date: ${parsed.error}`);
    return undefined;
  }

  private evidence(
    site: Site,
    field: string,
    ref: QuoteRef,
    factId: string,
    kind: FactKind,
    actorIds: readonly string[],
  ): string | undefined {
    const located = this.locator.locate(ref, factId, kind);
    if (typeof located === 'string') {
      this.graph.problem(site, field, located);
      return undefined;
    }
    return this.graph.addEvidence(
      located,
      actorIds.filter((id) => this.graph.hasActor(id)),
    );
  }
}

function finish<T extends { id: string }>(map: Map<string, Mutable<T>>): (T & { evidenceIds: string[] })[] {
  return [...map.values()].map(({ record, evidenceIds }) => ({
    ...record,
    evidenceIds: [...evidenceIds].sort(),
  }));
}

function minDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function maxDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

function describeRecord(content: unknown, path: PropertyKey[]): string {
  const [section, index] = path;
  if (typeof section !== 'string') return '';
  if (typeof index !== 'number') return section;
  const list = (content as Record<string, unknown> | null)?.[section];
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const label = item?.['id'] ?? item?.['speaker'] ?? item?.['actor'] ?? item?.['subject'] ?? item?.['source'];
  return `${section}[${index}]${typeof label === 'string' ? ` (${label})` : ''}`;
}
