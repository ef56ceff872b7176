import type {
  ActorRecord,
  ClaimRecord,
  DocumentRecord,
  EventRecord,
  EvidenceRecord,
  GraphBatch,
  ParticipationRecord,
  PlaceRecord,
  StatementAboutRecord,
  StatementRecord,
  TieRecord,
} from '../../src/domain/graph';
import { dateSortKey } from '../../src/domain/graph';
import { emptyBatch } from '../../src/domain/graph-diff';
import { stableId } from '../../src/domain/ids';
import { isPartialDate, parsePartialDate, type DatePrecision } from '../../src/domain/partial-date';
import { nameKey, sliceByCodePoints } from '../../src/domain/text';
import {
  EVENT_TYPES,
  isSymmetricTieType,
  TIE_TYPES,
  type EventType,
  type FactKind,
  type ParticipantRole,
} from '../../src/domain/vocabulary';
import { actorName, CONTENT_WORDS, placeName, slug, wordsOf } from './names';
import { Rng, Zipf } from './prng';

/**
 * A synthetic graph with the product's schema, for the benchmark. Deterministic:
 * the same size and seed give the same batch. Shape:
 * - actors: `participations / 10`, names from syllables with transliteration aliases;
 * - events of 2–6 participants; the first participant of each event walks through
 *   all actors (everyone takes part at least once), the others are drawn with a
 *   Zipf skew over actors, so the top hubs take part in tens of thousands of
 *   events at L; dated 2015–2025 at DAY, MONTH or YEAR precision (a few undated);
 * - ~1 tie per actor (targets Zipf-skewed, 2% hub to hub), ~0.5 statement per
 *   actor with `about` links, claims on 3% of events and 0.5% of actors;
 * - a few hundred documents whose texts are concatenated sentences; every fact
 *   has one evidence span whose quote is the document text between its
 *   code-point offsets (checked on a sample before returning).
 */
export interface SizeSpec {
  readonly label: string;
  readonly participations: number;
  readonly actors: number;
  readonly documents: number;
  /**
   * KUZU_BUFFER_POOL_MB for the size: the product's default (1 GB) at every
   * size. L's 1M participations needed 1.5 GB while they loaded in one COPY
   * (3 GB while relationships kept their lists in list columns); in COPYs of
   * 200,000 rows they load with 512 MB.
   */
  readonly bufferPoolMb: number;
}

export const SIZES: Record<string, SizeSpec> = {
  S: { label: 'S', participations: 10_000, actors: 1_000, documents: 100, bufferPoolMb: 1024 },
  M: { label: 'M', participations: 100_000, actors: 10_000, documents: 200, bufferPoolMb: 1024 },
  L: { label: 'L', participations: 1_000_000, actors: 100_000, documents: 400, bufferPoolMb: 1024 },
};

/** What the bench needs to know of a generated graph besides its records. */
export interface GraphMeta {
  /** Actor ids by popularity rank: index 0 is the biggest hub. */
  readonly actorIds: readonly string[];
  /** The ten actors with the most participations. */
  readonly hubIds: readonly string[];
  /** Participations of the top hubs, largest first. */
  readonly hubParticipations: readonly number[];
  /** Words that occur in statements (for full-text queries). */
  readonly searchWords: readonly string[];
  /** Actor names (for name search), by rank. */
  readonly actorNames: readonly string[];
}

export interface GeneratedGraph extends GraphMeta {
  readonly batch: GraphBatch;
}

/**
 * A generated graph as chunks, for `store.writeGraphChunks`: only one chunk of
 * events, participations and their evidence is in memory at a time. Each
 * chunk's links point into the same or earlier chunks. `chunks()` may be called
 * again and yields the same chunks.
 */
export interface GraphStream extends GraphMeta {
  chunks(eventsPerChunk?: number): Generator<GraphBatch>;
}

const ZIPF_ACTOR_EXPONENT = 1.0;
const FILLER_SENTENCES_PER_DOCUMENT = 120;
/** Evidence spans checked against their documents' texts, per chunk. */
const SAMPLE_CHECKS = 200;

const LEAD_AND_OTHER: Partial<Record<EventType, readonly [ParticipantRole, ParticipantRole]>> = {
  MEETING: ['HOST', 'VISITOR'],
  VISIT: ['HOST', 'VISITOR'],
  RELEASE: ['RELEASING_AUTHORITY', 'RELEASED'],
  PRISONER_EXCHANGE: ['MEDIATOR', 'RECEIVING_PARTY'],
  ARREST: ['ARRESTING_AUTHORITY', 'ARRESTED'],
  SENTENCE: ['SENTENCING_AUTHORITY', 'SENTENCED'],
  SANCTION: ['SANCTIONING_AUTHORITY', 'SANCTIONED'],
  PHONE_CALL: ['CALLER', 'CALLEE'],
  NEGOTIATION: ['MEDIATOR', 'NEGOTIATOR'],
  PROTEST: ['ORGANISER', 'PROTESTER'],
  ELECTION: ['WINNER', 'CANDIDATE'],
  MILITARY_EXERCISE: ['CONDUCTING_FORCE', 'DEPLOYED_FORCE'],
  OFFER: ['OFFERER', 'BENEFICIARY'],
};
const VERBS = ['said', 'told reporters', 'warned', 'insisted', 'announced', 'wrote', 'recalled', 'denied'];
/** Vocabulary properties, each with the wording a source might use for it. */
const CLAIM_PROPERTIES = [
  ['PRISONERS_RELEASED', 'prisoners released'],
  ['COUNT', 'participants'],
  ['PEOPLE_ARRESTED', 'detained'],
  ['COUNT', 'casualties'],
  ['POLITICAL_PRISONERS_HELD', 'political prisoners'],
] as const;
const TIE_ROLES = ['deputy minister', 'special envoy', 'spokesman', 'adviser', 'chairman', null, null];

/** Code points of a string (what evidence offsets count). */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count;
}

interface Span {
  readonly documentId: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

/** A document being written: sentences appended in order, offsets in code points. */
class DocumentText {
  private readonly parts: string[] = [];
  private length = 0;
  private sentencesInParagraph = 0;
  readonly fillers: Span[] = [];

  constructor(readonly id: string) {}

  /** Appends `before + quote + after` and returns the span of `quote`. */
  add(quote: string, before = '', after = ''): Span {
    const separator = this.parts.length === 0 ? '' : this.sentencesInParagraph >= 6 ? '\n\n' : ' ';
    this.sentencesInParagraph = separator === '\n\n' ? 0 : this.sentencesInParagraph + 1;
    const start = this.length + codePoints(separator + before);
    const end = start + codePoints(quote);
    this.parts.push(separator, before, quote, after);
    this.length = end + codePoints(after);
    return { documentId: this.id, quote, start, end };
  }

  text(): string {
    return this.parts.join('');
  }
}

function randomDate(rng: Rng): { value: string; precision: DatePrecision } | null {
  const roll = rng.next();
  if (roll < 0.02) return null;
  const year = rng.int(2015, 2025);
  if (roll < 0.12) return { value: String(year), precision: 'YEAR' };
  const month = rng.int(1, 12);
  const mm = String(month).padStart(2, '0');
  if (roll < 0.4) return { value: `${year}-${mm}`, precision: 'MONTH' };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { value: `${year}-${mm}-${String(rng.int(1, days)).padStart(2, '0')}`, precision: 'DAY' };
}

function range(value: string): { start: string; end: string } {
  const parsed = parsePartialDate(value);
  if (!isPartialDate(parsed)) throw new Error(`generator made an impossible date ${value}`);
  return { start: parsed.start, end: parsed.end };
}

/** The whole graph as one batch: the stream's chunks joined. */
export function generateGraph(spec: SizeSpec, seed = 20250621): GeneratedGraph {
  const stream = generateGraphStream(spec, seed);
  const parts = [...stream.chunks()];
  const all = <K extends keyof GraphBatch>(kind: K): GraphBatch[K] =>
    parts.flatMap((part) => part[kind] as unknown[]) as unknown as GraphBatch[K];
  const batch: GraphBatch = {
    documents: all('documents'),
    actors: all('actors'),
    places: all('places'),
    events: all('events'),
    participations: all('participations'),
    statements: all('statements'),
    statementAbout: all('statementAbout'),
    ties: all('ties'),
    claims: all('claims'),
    evidence: all('evidence'),
  };
  const ids = new Set(batch.evidence.map((e) => e.id));
  if (ids.size !== batch.evidence.length) throw new Error('generator made duplicate evidence ids');
  const { chunks: _chunks, ...meta } = stream;
  return { ...meta, batch };
}

/** An event as the events pass draws it, before it becomes records. */
interface EventDraw {
  readonly index: number;
  readonly members: readonly number[];
  readonly type: EventType;
  readonly date: { value: string; precision: DatePrecision } | null;
  readonly window: { start: string; end: string } | null;
  readonly id: string;
  readonly span: Span;
}

/**
 * The graph is drawn in two passes over the same seeded streams. The first
 * places every sentence in the documents (titles, actor mentions, filler,
 * statements), so document texts are final before anything is written, and
 * keeps only what later parts need of events (ids, dates, participants). The
 * chunks then draw events again from the same stream, a block at a time.
 */
export function generateGraphStream(spec: SizeSpec, seed = 20250621): GraphStream {
  const root = new Rng(seed);
  const rng = {
    actors: root.fork(1),
    places: root.fork(2),
    statements: root.fork(5),
    documents: root.fork(7),
  };
  const actorCount = spec.actors;
  const zipf = new Zipf(actorCount, ZIPF_ACTOR_EXPONENT);
  const wordZipf = new Zipf(CONTENT_WORDS.length, 1.0);

  // --- documents (their texts are complete once statements are placed)
  const docs: DocumentText[] = [];
  for (let d = 0; d < spec.documents; d++) docs.push(new DocumentText(`doc-${String(d).padStart(4, '0')}`));
  const docHeads = docs.map((doc) => {
    const r = rng.documents;
    const title = wordsOf(r, () => wordZipf.draw(r), r.int(5, 10)).replace(/^./, (c) => c.toUpperCase());
    return { doc, title, titleSpan: doc.add(title, '', '.') };
  });

  // --- actors: rank i is popularity rank i (0 = biggest hub)
  const actorIds: string[] = new Array(actorCount);
  const names: string[] = new Array(actorCount);
  const actorDrafts: { name: ReturnType<typeof actorName>; doc: DocumentText }[] = [];
  for (let i = 0; i < actorCount; i++) {
    const name = actorName(rng.actors);
    names[i] = name.name;
    actorIds[i] = `${slug(name.name)}-${i}`;
    actorDrafts.push({ name, doc: rng.actors.pick(docs) });
  }
  const drawActor = (r: Rng): number => zipf.draw(r);

  // Filler sentences: what most evidence points at.
  for (const doc of docs) {
    const r = rng.documents;
    for (let s = 0; s < FILLER_SENTENCES_PER_DOCUMENT; s++) {
      const sentence = `${names[drawActor(r)]} ${r.pick(VERBS)} ${wordsOf(r, () => wordZipf.draw(r), r.int(6, 14))}.`;
      doc.fillers.push(doc.add(sentence));
    }
  }
  const fillerSpan = (r: Rng, doc?: DocumentText): Span => {
    const chosen = doc ?? r.pick(docs);
    return r.pick(chosen.fillers);
  };

  // Evidence goes into the chunk of the fact it supports.
  let evidence: EvidenceRecord[] = [];
  const addEvidence = (span: Span, factKind: FactKind, factId: string): string => {
    const id = stableId('ev', span.documentId, String(span.start), String(span.end), factKind, factId);
    evidence.push({ id, ...span, factId, factKind });
    return id;
  };
  const takeEvidence = (): EvidenceRecord[] => {
    const taken = evidence;
    evidence = [];
    return taken;
  };

  const actors: ActorRecord[] = actorDrafts.map(({ name, doc }, i) => {
    const id = actorIds[i] as string;
    const aliases = [...new Set([name.name, ...name.aliases])];
    const mention =
      aliases.length > 1
        ? doc.add(`${name.name}, also spelled ${aliases.slice(1).join(' or ')},`, '', ' was named.')
        : doc.add(name.name, '', ' was named.');
    return {
      id,
      name: name.name,
      kind: name.kind,
      aliases,
      aliasKeys: [...new Set(aliases.map(nameKey))],
      description: `${name.kind.toLowerCase()} (synthetic, rank ${i})`,
      sortKey: `${nameKey(name.name)}|${id}`,
      evidenceIds: [addEvidence(mention, 'ACTOR_MENTION', id)],
    };
  });
  actorDrafts.length = 0;

  // --- places: countries and cities
  const places: PlaceRecord[] = [];
  for (let c = 0; c < 30; c++) {
    const name = placeName(rng.places);
    places.push({ id: `country-${c}`, name, kind: 'COUNTRY', countryId: null, aliases: [name] });
  }
  for (let c = 0; c < 150; c++) {
    const name = placeName(rng.places);
    places.push({
      id: `city-${c}`,
      name,
      kind: 'CITY',
      countryId: `country-${c % 30}`,
      aliases: [name, name.toUpperCase()],
    });
  }

  /**
   * Draws every event in order from its own stream: its participants (the first
   * walks through all actors), type, date, id and evidence span. `build` then
   * draws the rest of the event's record from the same stream, so both passes
   * stay in step only if each calls it once per event.
   */
  function* drawEvents(): Generator<{ draw: EventDraw; r: Rng }> {
    const r = root.fork(3);
    const firstWalk = Array.from({ length: actorCount }, (_, i) => i);
    for (let i = firstWalk.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [firstWalk[i], firstWalk[j]] = [firstWalk[j] as number, firstWalk[i] as number];
    }
    let remaining = spec.participations;
    for (let e = 0; remaining > 0; e++) {
      let size = Math.min(r.int(2, 6), remaining);
      // Never leave a single participation for a last, one-actor event.
      if (remaining - size === 1) size = size < 6 ? size + 1 : size - 1;
      remaining -= size;
      const members = [firstWalk[e % actorCount] as number];
      while (members.length < size) {
        let candidate = drawActor(r);
        for (let tries = 0; members.includes(candidate) && tries < 20; tries++) candidate = drawActor(r);
        while (members.includes(candidate)) candidate = r.int(0, actorCount - 1);
        members.push(candidate);
      }
      const type = r.pick(EVENT_TYPES);
      const date = randomDate(r);
      const window = date ? range(date.value) : null;
      const id = `${date?.value ?? 'undated'}-${type.toLowerCase().replace(/_/g, '-')}-${e}`;
      yield { draw: { index: e, members, type, date, window, id, span: fillerSpan(r) }, r };
    }
  }
  /** The rest of an event's draws: title, description, place, inferred date. */
  const eventRecord = (
    { members, type, date, window, id }: EventDraw,
    r: Rng,
    evidenceId: string,
  ): EventRecord => ({
    id,
    type,
    title: `${type.charAt(0)}${type.slice(1).toLowerCase().replace(/_/g, ' ')}: ${names[members[0] as number]} and ${names[members[1] as number]}`,
    description: r.chance(0.3) ? wordsOf(r, () => wordZipf.draw(r), 12) : null,
    date: date?.value ?? null,
    datePrecision: date?.precision ?? null,
    dateStart: window?.start ?? null,
    dateEnd: window?.end ?? null,
    dateInferred: date !== null && date.precision !== 'DAY' && r.chance(0.1),
    dateBasis: null,
    placeId: r.chance(0.85) ? `city-${r.int(0, 149)}` : null,
    sortKey: dateSortKey(window?.start ?? null, id),
    evidenceIds: [evidenceId],
  });

  // --- first pass over events: what statements and claims need of them
  const eventIds: string[] = [];
  const eventDates: ({ value: string; precision: DatePrecision } | null)[] = [];
  const eventParticipants: (readonly number[])[] = [];
  const participationCount = new Int32Array(actorCount);
  for (const { draw, r } of drawEvents()) {
    eventRecord(draw, r, '');
    eventIds.push(draw.id);
    eventDates.push(draw.date);
    eventParticipants.push(draw.members);
    for (const member of draw.members)
      participationCount[member] = (participationCount[member] as number) + 1;
  }

  // --- statements, about links (their sentences complete the documents)
  const statements: StatementRecord[] = [];
  const statementAbout: StatementAboutRecord[] = [];
  const statementCount = Math.round(actorCount / 2);
  for (let s = 0; s < statementCount; s++) {
    const r = rng.statements;
    let speaker: number;
    let eventIndex: number | null = null;
    if (r.chance(0.4)) {
      eventIndex = r.int(0, eventIds.length - 1);
      speaker = r.pick(eventParticipants[eventIndex] as number[]);
    } else {
      speaker = r.chance(0.5) ? drawActor(r) : r.int(0, actorCount - 1);
    }
    const doc = r.pick(docs);
    const words = wordsOf(r, () => wordZipf.draw(r), r.int(8, 18));
    const text = words.charAt(0).toUpperCase() + words.slice(1);
    const verbatim = r.chance(0.6);
    const speakerName = names[speaker] as string;
    const span = verbatim
      ? doc.add(text, '“', `,” ${speakerName} ${r.pick(VERBS)}.`)
      : doc.add(text, `${speakerName} ${r.pick(VERBS)} that `, '.');
    const id = stableId('st', doc.id, String(span.start), String(span.end));
    const eventDate = eventIndex === null ? null : eventDates[eventIndex];
    const date = eventDate ?? randomDate(r);
    statements.push({
      id,
      speakerId: actorIds[speaker] as string,
      text,
      mode: verbatim ? 'VERBATIM' : 'PARAPHRASE',
      date: date?.value ?? null,
      datePrecision: date?.precision ?? null,
      eventId: eventIndex === null ? null : (eventIds[eventIndex] as string),
      documentId: doc.id,
      sortKey: `${doc.id}|${String(span.start).padStart(8, '0')}`,
      evidenceIds: [addEvidence(span, 'STATEMENT', id)],
    });
    const about = new Set<number>();
    const aboutCount = r.int(1, 2);
    for (let tries = 0; about.size < aboutCount && tries < 10; tries++) {
      const target = drawActor(r);
      if (target !== speaker) about.add(target);
    }
    for (const target of about) statementAbout.push({ statementId: id, actorId: actorIds[target] as string });
  }
  const statementEvidence = takeEvidence();

  // --- document records, now that every sentence is placed
  const documents: DocumentRecord[] = docHeads.map(({ doc, title, titleSpan }, d) => {
    const r = rng.documents;
    const published = randomDate(r) ?? { value: '2025', precision: 'YEAR' as const };
    const inferred = published.precision === 'YEAR';
    const authorActor = r.chance(0.3) ? r.int(0, actorCount - 1) : null;
    return {
      id: doc.id,
      title,
      author:
        authorActor === null ? (r.chance(0.5) ? `Staff writer ${d}` : null) : (names[authorActor] as string),
      authorActorId: authorActor === null ? null : (actorIds[authorActor] as string),
      publishedDate: published.value,
      publishedPrecision: published.precision,
      publishedInferred: inferred,
      publishedBasis: inferred ? 'latest event the text reports' : null,
      text: doc.text(),
      sortKey: doc.id,
      evidenceIds: [addEvidence(titleSpan, 'DOCUMENT_METADATA', doc.id)],
    };
  });
  const headEvidence = takeEvidence();

  const byCount = Array.from({ length: actorCount }, (_, i) => i).sort(
    (a, b) => (participationCount[b] as number) - (participationCount[a] as number) || a - b,
  );
  const hubs = byCount.slice(0, 10);
  const texts = new Map(documents.map((d) => [d.id, d.text]));

  function* chunks(eventsPerChunk = 25_000): Generator<GraphBatch> {
    const check = root.fork(9);
    const checked = (batch: GraphBatch): GraphBatch => {
      checkEvidence(batch.evidence, texts, check);
      return batch;
    };
    yield checked({ ...emptyBatch(), documents, actors, places, evidence: headEvidence });

    // --- events and participations, a block of events at a time
    let events: EventRecord[] = [];
    let participations: ParticipationRecord[] = [];
    for (const { draw, r } of drawEvents()) {
      const eventEvidence = addEvidence(draw.span, 'EVENT', draw.id);
      events.push(eventRecord(draw, r, eventEvidence));
      const [lead, other] = LEAD_AND_OTHER[draw.type] ?? ['ORGANISER', 'PARTICIPANT'];
      draw.members.forEach((member, at) => {
        const actorId = actorIds[member] as string;
        const role = at === 0 ? lead : other;
        const pid = stableId('part', draw.id, actorId, role);
        participations.push({
          id: pid,
          eventId: draw.id,
          actorId,
          roles: [role],
          evidenceIds: [addEvidence(draw.span, 'PARTICIPATION', pid)],
          documentIds: [draw.span.documentId],
        });
      });
      if (events.length >= eventsPerChunk) {
        yield checked({ ...emptyBatch(), events, participations, evidence: takeEvidence() });
        events = [];
        participations = [];
      }
    }
    if (events.length > 0)
      yield checked({ ...emptyBatch(), events, participations, evidence: takeEvidence() });

    // --- ties
    const ties: TieRecord[] = [];
    const tieIds = new Set<string>();
    const tieRng = root.fork(4);
    for (let i = 0; i < actorCount; i++) {
      const r = tieRng;
      let source = i;
      let target = drawActor(r);
      if (r.chance(0.02)) {
        source = r.int(0, Math.min(99, actorCount - 1));
        target = r.int(0, Math.min(99, actorCount - 1));
      }
      if (source === target) continue;
      const type = r.pick(TIE_TYPES);
      const [a, b] = [actorIds[source] as string, actorIds[target] as string];
      const [sourceId, targetId] = isSymmetricTieType(type) && b < a ? [b, a] : [a, b];
      const id = stableId('tie', sourceId, type, targetId);
      if (tieIds.has(id)) continue;
      tieIds.add(id);
      const since = r.chance(0.4) ? randomDate(r) : null;
      const until = since && r.chance(0.2) ? String(Number(since.value.slice(0, 4)) + r.int(0, 3)) : null;
      const tieSpan = fillerSpan(r);
      ties.push({
        id,
        sourceId,
        targetId,
        type,
        role: r.pick(TIE_ROLES),
        since: since?.value ?? null,
        until,
        former: until === null && r.chance(0.05),
        evidenceIds: [addEvidence(tieSpan, 'TIE', id)],
        documentIds: [tieSpan.documentId],
      });
    }
    yield checked({ ...emptyBatch(), ties, evidence: takeEvidence() });
    yield checked({ ...emptyBatch(), statements, statementAbout, evidence: statementEvidence });

    // --- claims
    const claims: ClaimRecord[] = [];
    const claimIds = new Set<string>();
    const claimRng = root.fork(6);
    const addClaim = (subjectId: string, subjectKind: ClaimRecord['subjectKind'], r: Rng): void => {
      const doc = r.pick(docs);
      const [property, wording] = r.pick(CLAIM_PROPERTIES);
      const n = r.int(2, 1500);
      const form = r.int(0, 2);
      const value =
        form === 0 ? String(n) : form === 1 ? `about ${n}` : `between ${n} and ${n + r.int(5, 200)}`;
      const [minimum, maximum] =
        form === 0 ? [n, n] : form === 1 ? [null, null] : [n, Number(value.split(' and ')[1])];
      const span = fillerSpan(r, doc);
      const id = stableId('claim', doc.id, subjectId, property, value, String(span.start));
      if (claimIds.has(id)) return;
      claimIds.add(id);
      claims.push({
        id,
        subjectId,
        subjectKind,
        property,
        wording,
        accordingToId: null,
        value,
        minimum,
        maximum,
        documentId: doc.id,
        evidenceIds: [addEvidence(span, 'CLAIM', id)],
      });
    };
    for (const id of eventIds) if (claimRng.chance(0.03)) addClaim(id, 'EVENT', claimRng);
    for (const id of actorIds) if (claimRng.chance(0.005)) addClaim(id, 'ACTOR', claimRng);
    yield checked({
      ...emptyBatch(),
      // Kuzu types a row field from the first row of each write chunk: a claim with
      // no minimum first makes `minimum` a STRING and the chunk fails to bind (a
      // product bug, see tests/bench/README.md). Claims with figures go first.
      claims: [...claims.filter((c) => c.minimum !== null), ...claims.filter((c) => c.minimum === null)],
      evidence: takeEvidence(),
    });
  }

  return {
    actorIds,
    hubIds: hubs.map((i) => actorIds[i] as string),
    hubParticipations: hubs.map((i) => participationCount[i] as number),
    searchWords: CONTENT_WORDS,
    actorNames: names,
    chunks,
  };
}

/** Every quote must be its document's text between its offsets: checked on a sample of each chunk. */
function checkEvidence(
  evidence: readonly EvidenceRecord[],
  texts: ReadonlyMap<string, string>,
  rng: Rng,
): void {
  const checks = Math.min(SAMPLE_CHECKS, evidence.length);
  for (let i = 0; i < checks; i++) {
    const e = rng.pick(evidence);
    const text = texts.get(e.documentId);
    if (text === undefined || sliceByCodePoints(text, e.start, e.end) !== e.quote) {
      throw new Error(`generator made a wrong evidence span ${e.id} in ${e.documentId}`);
    }
  }
}
