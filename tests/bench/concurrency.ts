import type {
  DocumentRecord,
  EventRecord,
  EvidenceRecord,
  GraphBatch,
  ParticipationRecord,
} from '../../src/domain/graph';
import { GraphqlClient } from './http-client';
import type { Rng } from './prng';

/**
 * The nested question a dashboard asks for one actor: the actor with its ties
 * and their evidence, and its first ten events with place, participants, each
 * participant's ties, and the events' evidence.
 */
export const DASHBOARD_QUERY = `query ($id: ID) {
  actor(id: $id) { id name ties { type role source { id name } target { id name } evidence { quote start end document { id title } } } }
  events(filter: { participantId: $id }, first: 10) {
    totalCount
    edges { node { id title date place { name } participants { roles actor { id name ties { type target { id name } } } } evidence { quote document { id } } } }
  }
}`;

export interface ConcurrencyRun {
  /** Clients asking at once, each over its own kept-alive connection. */
  readonly clients: number;
  /** What else ran: nothing, or an ingest writing to the store. */
  readonly beside: 'nothing' | 'ingest';
  readonly requests: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Requests answered with errors, and how many of those were the retryable STORE_BUSY. */
  readonly errors: number;
  readonly busy: number;
  readonly firstError?: string;
  /** How long the ingest beside the readers took. */
  readonly ingestSeconds?: number;
}

/**
 * `clients` clients ask the dashboard question back to back for `seconds`
 * (or, beside an ingest, until it is done and at least `seconds` have passed):
 * throughput, latency percentiles and errors.
 */
export async function runClients(
  baseUrl: string,
  clients: number,
  seconds: number,
  draw: (rng: Rng) => string,
  rng: Rng,
  beside?: () => Promise<unknown>,
): Promise<ConcurrencyRun> {
  const latencies: number[] = [];
  let errors = 0;
  let busy = 0;
  let firstError: string | undefined;
  const started = performance.now();
  let ingestSeconds: number | undefined;
  let besideDone = beside === undefined;
  const besideRun = beside
    ? beside().then(() => {
        ingestSeconds = (performance.now() - started) / 1000;
        besideDone = true;
      })
    : Promise.resolve();
  const until = started + seconds * 1000;
  const client = async () => {
    const http = new GraphqlClient(baseUrl);
    try {
      while (performance.now() < until || !besideDone) {
        const begin = performance.now();
        try {
          const body = JSON.parse(await http.post(DASHBOARD_QUERY, { id: draw(rng) })) as {
            errors?: { message: string; extensions?: { code?: string } }[];
          };
          latencies.push(performance.now() - begin);
          if (body.errors?.length) {
            errors++;
            if (body.errors[0]?.extensions?.code === 'STORE_BUSY') busy++;
            firstError ??= body.errors[0]?.message;
          }
        } catch (error) {
          errors++;
          firstError ??= String(error);
        }
      }
    } finally {
      http.close();
    }
  };
  await Promise.all([...Array.from({ length: clients }, client), besideRun]);
  const elapsed = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    clients,
    beside: beside ? 'ingest' : 'nothing',
    requests: latencies.length,
    seconds: elapsed,
    requestsPerSecond: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    errors,
    busy,
    ...(firstError !== undefined ? { firstError } : {}),
    ...(ingestSeconds !== undefined ? { ingestSeconds } : {}),
  };
}

/**
 * What the ingest beside the readers writes: one new document reporting `events`
 * meetings, each between two of the given actors, every fact with its span.
 * Written into a store that holds data, so it takes the incremental (MERGE) path
 * that an edited source takes.
 */
export function extraBatch(actorIds: readonly string[], events: number, rng: Rng): GraphBatch {
  const documentId = `bench-extra-${rng.int(0, 1e9)}`;
  const sentences: string[] = [];
  const evidence: EvidenceRecord[] = [];
  const eventRecords: EventRecord[] = [];
  const participations: ParticipationRecord[] = [];
  let offset = 0;
  for (let i = 0; i < events; i++) {
    const sentence = `Meeting ${i} of the bench report took place. `;
    const eventId = `${documentId}-event-${i}`;
    const spanId = `${eventId}-span`;
    evidence.push({
      id: spanId,
      documentId,
      quote: sentence.trim(),
      start: offset,
      end: offset + sentence.trim().length,
      factId: eventId,
      factKind: 'EVENT',
    });
    sentences.push(sentence);
    offset += sentence.length;
    eventRecords.push({
      id: eventId,
      type: 'MEETING',
      title: `Bench meeting ${i}`,
      description: null,
      date: '2025-06-21',
      datePrecision: 'DAY',
      dateStart: '2025-06-21',
      dateEnd: '2025-06-21',
      dateInferred: false,
      dateBasis: null,
      placeId: null,
      sortKey: `2025-06-21|${eventId}`,
      evidenceIds: [spanId],
    });
    // Two different actors: the product keeps one participation per actor and event.
    const host = rng.pick(actorIds);
    let visitor = rng.pick(actorIds);
    while (visitor === host && actorIds.length > 1) visitor = rng.pick(actorIds);
    for (const [role, actorId] of [
      ['HOST', host],
      ['VISITOR', visitor],
    ] as const) {
      participations.push({
        id: `${eventId}-${role}-${actorId}`,
        eventId,
        actorId,
        roles: [role],
        evidenceIds: [spanId],
        documentIds: [documentId],
      });
    }
  }
  const document: DocumentRecord = {
    id: documentId,
    title: 'Bench report',
    author: null,
    authorActorId: null,
    publishedDate: null,
    publishedPrecision: null,
    publishedInferred: false,
    publishedBasis: null,
    text: sentences.join(''),
    sortKey: documentId,
    evidenceIds: [],
  };
  return {
    documents: [document],
    actors: [],
    places: [],
    events: eventRecords,
    participations,
    statements: [],
    statementAbout: [],
    ties: [],
    claims: [],
    evidence,
  };
}
