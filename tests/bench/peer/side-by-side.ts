import { isDeepStrictEqual } from 'node:util';
import { GraphqlClient } from '../http-client';
import { summarise, type Latency } from '../measure';
import type { ActorPicker } from '../operations';
import { Rng } from '../prng';
import {
  PEER_QUESTIONS,
  THROUGHPUT_QUESTION,
  type Ask,
  type PeerQuestion,
  type QuestionSide,
  type Subject,
} from './questions';

/**
 * Both APIs asked the same questions over HTTP in one run (issue 14): each
 * draw is asked of ours and of the peer (`@neo4j/graphql`) in alternating
 * order, the answers brought to one canonical shape and compared. A side that
 * answers with errors (or not within REQUEST_TIMEOUT_MS) has that counted as a
 * result, not a crash; latencies are of answered requests only.
 */
export interface SideResult {
  readonly latency?: Latency;
  readonly errors: number;
  readonly firstError?: string;
}

export interface QuestionComparison {
  readonly name: string;
  readonly draws: number;
  readonly ours: SideResult;
  readonly peer: SideResult;
  /** Draws both sides answered, with equal and with different canonical answers. */
  readonly equal: number;
  readonly different: number;
  readonly firstDifference?: string;
  /** Ours over the peer's p50 and p95: 0.5 means ours takes half the time. */
  readonly ratioP50?: number;
  readonly ratioP95?: number;
}

export interface ThroughputSide {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly errors: number;
  readonly firstError?: string;
}

export interface ThroughputComparison {
  readonly question: string;
  readonly clients: number;
  readonly seconds: number;
  readonly ours: ThroughputSide;
  readonly peer: ThroughputSide;
  /** Ours over the peer's requests per second. */
  readonly ratio?: number;
}

export interface PeerComparison {
  readonly peerLibrary: string;
  readonly questions: readonly QuestionComparison[];
  readonly throughput: ThroughputComparison;
}

export interface CompareOptions {
  readonly oursUrl: string;
  readonly peerUrl: string;
  readonly peerLibrary: string;
  readonly picker: ActorPicker;
  readonly seed: number;
  readonly runs: number;
  readonly warmup: number;
  /** Seconds of measured requests per question and side before it stops early. */
  readonly budgetSeconds: number;
  readonly clients: number;
  readonly throughputSeconds: number;
  readonly log: (line: string) => void;
}

/** A request not answered within this counts as an error of its side. */
export const REQUEST_TIMEOUT_MS = 60_000;

type Side = 'ours' | 'peer';

/** One side's HTTP connection; replaced after a timeout, whose answer may still arrive. */
class Endpoint {
  private client: GraphqlClient;

  constructor(private readonly url: string) {
    this.client = new GraphqlClient(url);
  }

  /** The parsed response; fails on transport errors, timeouts and GraphQL errors. */
  async post(query: string, variables: Record<string, unknown>): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)),
        REQUEST_TIMEOUT_MS,
      );
    });
    try {
      const text = await Promise.race([this.client.post(query, variables), timeout]);
      const body = JSON.parse(text) as { data?: unknown; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(body.errors[0]?.message ?? 'GraphQL error');
      return body.data;
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('no answer within')) {
        this.client.close();
        this.client = new GraphqlClient(this.url);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  readonly ask: Ask = (query, variables) => this.post(query, variables);

  close(): void {
    this.client.close();
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Runs every question pair, then the throughput of both sides. */
export async function compareApis(options: CompareOptions): Promise<PeerComparison> {
  const endpoints: Record<Side, Endpoint> = {
    ours: new Endpoint(options.oursUrl),
    peer: new Endpoint(options.peerUrl),
  };
  try {
    const questions: QuestionComparison[] = [];
    for (const question of PEER_QUESTIONS) {
      const result = await compareQuestion(question, endpoints, options);
      questions.push(result);
      options.log(describeQuestion(result));
    }
    const throughput = await compareThroughput(options);
    options.log(
      `  ${throughput.question} × ${throughput.clients} clients: ours ${throughput.ours.requestsPerSecond.toFixed(1)} req/s ` +
        `(${throughput.ours.errors} errors), peer ${throughput.peer.requestsPerSecond.toFixed(1)} req/s ` +
        `(${throughput.peer.errors} errors)`,
    );
    return { peerLibrary: options.peerLibrary, questions, throughput };
  } finally {
    endpoints.ours.close();
    endpoints.peer.close();
  }
}

interface Outcome {
  readonly ms?: number;
  readonly answer?: unknown;
  readonly error?: string;
}

async function askOnce(side: QuestionSide, subject: Subject, endpoint: Endpoint): Promise<Outcome> {
  let variables: Record<string, unknown>;
  try {
    // Pages before a deep page, not measured.
    variables = await side.variables(subject, endpoint.ask);
  } catch (error) {
    return { error: `before the measured request: ${messageOf(error)}` };
  }
  const start = performance.now();
  try {
    const data = await endpoint.post(side.query, variables);
    const ms = performance.now() - start;
    return { ms, answer: side.canonical(data, subject) };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

async function compareQuestion(
  question: PeerQuestion,
  endpoints: Record<Side, Endpoint>,
  options: CompareOptions,
): Promise<QuestionComparison> {
  const rng = new Rng(options.seed ^ hash(question.name));
  const samples: Record<Side, number[]> = { ours: [], peer: [] };
  const errors: Record<Side, { count: number; first?: string }> = { ours: { count: 0 }, peer: { count: 0 } };
  let equal = 0;
  let different = 0;
  let firstDifference: string | undefined;
  let draws = 0;
  let spent = 0;
  for (let i = 0; i < options.warmup + options.runs; i++) {
    const subject = question.draw(options.picker, rng);
    const order: Side[] = i % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours'];
    const outcomes = {} as Record<Side, Outcome>;
    for (const side of order) outcomes[side] = await askOnce(question[side], subject, endpoints[side]);
    if (i < options.warmup) continue;
    draws++;
    for (const side of order) {
      const outcome = outcomes[side];
      if (outcome.error !== undefined) {
        errors[side].count++;
        errors[side].first ??= outcome.error;
      } else {
        samples[side].push(outcome.ms as number);
        spent += outcome.ms as number;
      }
    }
    if (outcomes.ours.error === undefined && outcomes.peer.error === undefined) {
      if (isDeepStrictEqual(outcomes.ours.answer, outcomes.peer.answer)) equal++;
      else {
        different++;
        firstDifference ??= `${JSON.stringify(subject)}: ours ${clip(outcomes.ours.answer)}, peer ${clip(outcomes.peer.answer)}`;
      }
    }
    if (spent > 2 * options.budgetSeconds * 1000) break;
  }
  const side = (name: Side): SideResult => ({
    ...(samples[name].length > 0 ? { latency: summarise(samples[name]) } : {}),
    errors: errors[name].count,
    ...(errors[name].first !== undefined ? { firstError: errors[name].first } : {}),
  });
  const ours = side('ours');
  const peer = side('peer');
  return {
    name: question.name,
    draws,
    ours,
    peer,
    equal,
    different,
    ...(firstDifference !== undefined ? { firstDifference } : {}),
    ...(ours.latency && peer.latency
      ? { ratioP50: ours.latency.p50 / peer.latency.p50, ratioP95: ours.latency.p95 / peer.latency.p95 }
      : {}),
  };
}

const clip = (value: unknown): string => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
};

function describeQuestion(result: QuestionComparison): string {
  const side = (s: SideResult) =>
    `${s.latency ? `${s.latency.p50.toFixed(1)} / ${s.latency.p95.toFixed(1)} ms` : 'no answer'}` +
    (s.errors ? `, ${s.errors} errors (${s.firstError})` : '');
  return (
    `  ${result.name}: ours ${side(result.ours)}; peer ${side(result.peer)}; ` +
    `${result.equal} equal, ${result.different} different answers` +
    (result.ratioP50 !== undefined ? `; ours/peer p50 ${result.ratioP50.toFixed(2)}` : '')
  );
}

/** `clients` clients ask the throughput question back to back for `seconds`, one side after the other. */
async function compareThroughput(options: CompareOptions): Promise<ThroughputComparison> {
  const run = (side: Side) =>
    load(side === 'ours' ? options.oursUrl : options.peerUrl, THROUGHPUT_QUESTION[side], options);
  const ours = await run('ours');
  const peer = await run('peer');
  return {
    question: THROUGHPUT_QUESTION.name,
    clients: options.clients,
    seconds: options.throughputSeconds,
    ours,
    peer,
    ...(peer.requestsPerSecond > 0 ? { ratio: ours.requestsPerSecond / peer.requestsPerSecond } : {}),
  };
}

async function load(url: string, side: QuestionSide, options: CompareOptions): Promise<ThroughputSide> {
  // Both sides draw the same sequence of actors.
  const rng = new Rng(options.seed ^ hash('throughput'));
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const until = started + options.throughputSeconds * 1000;
  const client = async () => {
    const endpoint = new Endpoint(url);
    try {
      while (performance.now() < until) {
        const subject = THROUGHPUT_QUESTION.draw(options.picker, rng);
        const begin = performance.now();
        try {
          await endpoint.post(side.query, await side.variables(subject, endpoint.ask));
          latencies.push(performance.now() - begin);
        } catch (error) {
          errors++;
          firstError ??= messageOf(error);
        }
      }
    } finally {
      endpoint.close();
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  const seconds = (performance.now() - started) / 1000;
  const latency = summarise(latencies);
  return {
    requests: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p50: latency.p50,
    p95: latency.p95,
    errors,
    ...(firstError !== undefined ? { firstError } : {}),
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
