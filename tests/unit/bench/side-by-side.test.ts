import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startApp, type RunningApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { generateGraph } from '../../bench/generate';
import { pickerFor } from '../../bench/operations';
import { renderPeerReport } from '../../bench/peer/peer-report';
import { PEER_QUESTIONS } from '../../bench/peer/questions';
import { compareApis, type PeerComparison } from '../../bench/peer/side-by-side';
import { PEER_TYPE_DEFS } from '../../bench/peer/type-defs';
import { MemoryGraphStore } from '../../support/memory-store';
import { PeerGraphqlFake } from '../../support/neo4j-graphql-fake';
import { replayWrites } from '../../support/neo4j-write-replay';

/**
 * The side-by-side harness end to end over HTTP, without Neo4j: our app on the
 * in-memory store, and the peer's generated schema over the replayed graph
 * behind a plain HTTP server. Every question is asked of both, the answers are
 * compared, and a peer that fails is reported, not fatal.
 */
const SPEC = { label: 'unit', participations: 1_500, actors: 150, documents: 10, bufferPoolMb: 256 };

let app: RunningApp;
let peerServer: Server;
let peerUrl: string;
let failDeepPages = false;

beforeAll(async () => {
  const graph = generateGraph(SPEC, 3);
  const store = new MemoryGraphStore();
  await store.writeGraph(graph.batch);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', INGEST_ON_START: 'false', SEEDS_DIR: 'seeds' });
  app = await startApp(config, { store, log: () => undefined });
  const fake = await PeerGraphqlFake.over(replayWrites(graph.batch), PEER_TYPE_DEFS);
  peerServer = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: string;
        variables: Record<string, unknown>;
      };
      // A peer that cannot serve a page after a cursor, to see such failures reported.
      const result =
        failDeepPages && variables['after']
          ? Promise.resolve({ errors: [{ message: 'deep page refused' }] })
          : fake.execute(query, variables);
      void result.then((body) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      });
    });
  });
  await new Promise<void>((resolve) => peerServer.listen(0, '127.0.0.1', resolve));
  peerUrl = `http://127.0.0.1:${(peerServer.address() as AddressInfo).port}`;
  picker = pickerFor(graph);
});
afterAll(async () => {
  await app?.close();
  await new Promise((resolve) => peerServer?.close(resolve));
});

let picker: ReturnType<typeof pickerFor>;
const run = (): Promise<PeerComparison> =>
  compareApis({
    oursUrl: app.url,
    peerUrl,
    peerLibrary: '@neo4j/graphql (generated schema, in-memory resolvers)',
    picker,
    seed: 1,
    runs: 4,
    warmup: 1,
    budgetSeconds: 30,
    clients: 4,
    throughputSeconds: 1,
    log: () => undefined,
  });

it('asks every question of both APIs over HTTP, with equal answers, latencies, ratios and throughput', async () => {
  failDeepPages = false;
  const result = await run();
  expect(result.questions.map((q) => q.name)).toEqual(PEER_QUESTIONS.map((q) => q.name));
  for (const question of result.questions) {
    expect({ name: question.name, equal: question.equal, different: question.different }).toEqual({
      name: question.name,
      equal: 4,
      different: 0,
    });
    expect(question.ours.errors + question.peer.errors).toBe(0);
    expect(question.ours.latency?.runs).toBe(4);
    expect(question.ratioP50).toBeGreaterThan(0);
  }
  expect(result.throughput.clients).toBe(4);
  expect(result.throughput.ours.requests).toBeGreaterThan(0);
  expect(result.throughput.peer.requests).toBeGreaterThan(0);
  expect(result.throughput.ratio).toBeGreaterThan(0);

  // The report: a row per question with both sides and the ratio, and the throughput of both.
  const report = renderPeerReport(
    [
      {
        size: 'unit',
        counts: await app.store.counts(),
        generateSeconds: 0,
        hubParticipations: [],
        operations: [],
        peer: result,
      },
    ],
    { os: 'test', cpu: 'test', memory: 'test', node: process.version, kuzu: '-' },
    { runs: 4, warmup: 1, seed: 1 },
  );
  for (const question of result.questions) {
    expect(report).toContain(`| ${question.name} | 4 |`);
  }
  expect(report).toMatch(/\| ours \| \d+ \| [\d.]+ \|/);
  expect(report).toMatch(/\| peer \| \d+ \| [\d.]+ \|/);
  expect(report).toMatch(/Throughput ratio ours \/ peer: [\d.]+ \((meets|misses) 2x\)/);
});

it('reports a peer that fails on deep pages as a result of the comparison', async () => {
  failDeepPages = true;
  try {
    const result = await run();
    const deep = result.questions.find((q) => q.name.includes('page 3'));
    expect(deep?.peer.errors).toBe(4);
    expect(deep?.peer.firstError).toMatch(/deep page refused/);
    expect(deep?.ours.errors).toBe(0);
    expect(deep?.equal).toBe(0);
    expect(result.questions.find((q) => q.name.includes('page 1'))?.equal).toBe(4);
  } finally {
    failDeepPages = false;
  }
});
