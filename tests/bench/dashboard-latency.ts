/**
 * The "dashboard question" of issue 14 over HTTP on the seed graph (Kuzu): an
 * actor with its ties and their evidence, and the actor's first 10 events with
 * place, participants, each participant's ties, and evidence. Prints p50/p95
 * of one client, the store calls one request makes, and the throughput of 20
 * clients at once.
 *
 *   NODE_ENV=production node -r ./tests/support/ts-register.js tests/bench/dashboard-latency.ts [runs]
 *
 * (from the project folder; `SEEDS_DIR` defaults to ./seeds).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { GraphStore } from '../../src/ports/graph-store.port';
import { DASHBOARD_QUESTION as DASHBOARD_QUERY, LUKASHENKO as ACTOR_ID } from '../support/nested-questions';
import { GraphqlClient } from './http-client';

const WARM_UP = 20;
const CLIENTS = 20;
const REQUESTS_PER_CLIENT = 20;

/** Counts calls of every port method, to report how many store calls one request makes. */
function counting(store: GraphStore): { store: GraphStore; calls: () => number; reset: () => void } {
  let calls = 0;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls: () => calls, reset: () => void (calls = 0) };
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 200);
  const folder = await mkdtemp(path.join(tmpdir(), 'polgraph-dashboard-'));
  const config = loadConfig({
    ...process.env,
    KUZU_PATH: path.join(folder, 'graph.kuzu'),
    GRAPH_STORE: 'kuzu',
    PORT: '0',
    HOST: '127.0.0.1',
    INGEST_ON_START: 'true',
    SEEDS_DIR: process.env['SEEDS_DIR'] ?? path.resolve('seeds'),
  });
  const counted = counting(await openStore(config));
  const app = await startApp(config, { store: counted.store, progress: () => undefined });
  const client = new GraphqlClient(app.url);
  try {
    const variables = { id: ACTOR_ID };
    const first = JSON.parse(await client.post(DASHBOARD_QUERY, variables)) as { errors?: unknown };
    if (first.errors) throw new Error(JSON.stringify(first.errors));
    for (let i = 0; i < WARM_UP; i++) await client.post(DASHBOARD_QUERY, variables);
    counted.reset();
    await client.post(DASHBOARD_QUERY, variables);
    const callsPerRequest = counted.calls();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      await client.post(DASHBOARD_QUERY, variables);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    const clients = Array.from({ length: CLIENTS }, () => new GraphqlClient(app.url));
    const started = process.hrtime.bigint();
    await Promise.all(
      clients.map(async (each) => {
        for (let i = 0; i < REQUESTS_PER_CLIENT; i++) await each.post(DASHBOARD_QUERY, variables);
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    for (const each of clients) each.close();
    console.log(
      `dashboard question on Kuzu (seed graph), ${runs} runs over HTTP: p50 ${at(0.5).toFixed(2)} ms, ` +
        `p95 ${at(0.95).toFixed(2)} ms; store calls per request: ${callsPerRequest}; ` +
        `${CLIENTS} clients: ${((CLIENTS * REQUESTS_PER_CLIENT) / seconds).toFixed(0)} req/s`,
    );
  } finally {
    client.close();
    await app.close();
    await rm(folder, { recursive: true, force: true });
  }
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
