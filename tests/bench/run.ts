import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { createServices, openStore, startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { GraphCounts } from '../../src/domain/graph';
import { buildGraphSchema } from '../../src/graphql/schema';
import { GraphqlEndpoint } from '../../src/http/graphql-server';
import { generateGraphStream, SIZES, type GraphMeta, type SizeSpec } from './generate';
import { kuzuFullTextFloor } from './full-text-floor';
import { rawCopy } from './raw-copy';
import type { GraphBatch } from '../../src/domain/graph';
import { extraBatch, runClients, type ConcurrencyRun } from './concurrency';
import { GraphqlClient } from './http-client';
import { ms, summarise, timed, type Latency } from './measure';
import { OPERATIONS, pickerFor, type ActorPicker, type Operation } from './operations';
import { Rng } from './prng';
import { describeProfile, profiled, type StoreProfile } from './profile';
import { renderReport, type HubPages, type SizeResult, type OperationResult } from './report';
import { NEO4J_SKIP, neo4jTargetFrom, OwnedNeo4jDatabase, type Neo4jTarget } from './neo4j-target';
import { renderPeerReport } from './peer/peer-report';
import { startPeerServer } from './peer/peer-server';
import { compareApis, type PeerComparison } from './peer/side-by-side';
import { storeEnv, storeNodeFlags } from '../support/store-runtime';

/**
 * `npm run bench -- --sizes S,M,L --runs 200 --warmup 20 --seed 20250621`
 *
 * For each size, a child process (NODE_ENV=production, so graphql-js runs
 * without its development checks) generates the synthetic graph, writes it to a
 * fresh Kuzu database in a temp folder with `store.writeGraph()` (the product's
 * ingest path), starts the app on it (`startApp`, no seed ingest, a random
 * port), and times every operation both over HTTP and as a direct service call.
 * The parent collects the results, prints the report and writes tests/bench/results.md.
 *
 * `--store neo4j` does the same on the Neo4j server at NEO4J_URI, in a database
 * the bench finds empty and empties again (neo4j-target.ts); `--peer` instead
 * serves `@neo4j/graphql` on that database and compares both APIs (peer/).
 * Without NEO4J_URI both print one "skipped" line and exit 0.
 */
interface Options {
  readonly sizes: string[];
  readonly runs: number;
  readonly warmup: number;
  readonly seed: number;
  /** Seconds one operation may spend in its measured runs per mode before it stops early. */
  readonly budgetSeconds: number;
  /** A size whose ingest takes longer is stopped and reported as not finished. */
  readonly maxIngestMinutes: number;
  readonly out: string | null;
  /** Where a child keeps its database (inside the parent's temp folder, removed even if the child is killed). */
  readonly dir: string | null;
  /** The store measured: embedded Kuzu (the default) or the Neo4j server at NEO4J_URI. */
  readonly store: 'kuzu' | 'neo4j';
  /** Side by side with `@neo4j/graphql` on the same Neo4j (implies `--store neo4j`). */
  readonly peer: boolean;
  /** The marker of an interrupted bench run whose data may be removed from the Neo4j database. */
  readonly wipeMarker: string | null;
}

const ROOT = path.resolve(__dirname, '..', '..', '..');

function parseOptions(argv: readonly string[]): Options & { child: string | null } {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const peer = argv.includes('--peer');
  const store = peer ? 'neo4j' : (value('--store') ?? 'kuzu');
  if (store !== 'kuzu' && store !== 'neo4j') throw new Error(`--store must be kuzu or neo4j, not "${store}"`);
  // On Neo4j the comparison is made at M (issue 14); other sizes on request.
  const sizes = (value('--sizes') ?? (store === 'neo4j' ? 'M' : 'S,M,L'))
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  for (const size of sizes) {
    if (!SIZES[size])
      throw new Error(`unknown size "${size}"; choose among ${Object.keys(SIZES).join(', ')}`);
  }
  const int = (flag: string, fallback: number): number => {
    const text = value(flag);
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a whole number`);
    return n;
  };
  return {
    sizes,
    store,
    peer,
    wipeMarker: value('--neo4j-wipe-marker') ?? null,
    runs: int('--runs', 200),
    warmup: int('--warmup', 20),
    seed: int('--seed', 20250621),
    budgetSeconds: int('--budget', 60),
    maxIngestMinutes: int('--max-ingest-minutes', 20),
    out: value('--out') ?? null,
    dir: value('--dir') ?? null,
    child: value('--child') ?? null,
  };
}

// --- parent -----------------------------------------------------------------

async function runParent(options: Options): Promise<void> {
  const results: SizeResult[] = [];
  const folder = await mkdtemp(path.join(os.tmpdir(), 'polgraph-bench-'));
  try {
    for (const size of options.sizes) {
      const out = path.join(folder, `${size}.json`);
      const dir = path.join(folder, size);
      const args = [
        // As the product runs, its heap limit included: near what a size needs (L's
        // ingest: under 1 GB live), so that peak RSS measures what the work holds, not
        // garbage V8 defers collecting under a larger limit (3 GB of heap in L's ingest
        // with 8 GB allowed).
        ...storeNodeFlags(process.env),
        __filename,
        '--child',
        size,
        '--out',
        out,
        '--dir',
        dir,
        '--runs',
        String(options.runs),
        '--warmup',
        String(options.warmup),
        '--seed',
        String(options.seed),
        '--budget',
        String(options.budgetSeconds),
        '--max-ingest-minutes',
        String(options.maxIngestMinutes),
        '--store',
        options.store,
        ...(options.peer ? ['--peer'] : []),
        ...(options.wipeMarker !== null ? ['--neo4j-wipe-marker', options.wipeMarker] : []),
      ];
      console.log(`\n== size ${size}`);
      const skip = linearEstimate(results, size, options.maxIngestMinutes);
      if (skip) {
        console.log(`size ${size}: ${skip.note}`);
        results.push(skip.result);
        continue;
      }
      const { code, stopped } = await new Promise<{ code: number | null; stopped: boolean }>((resolve) => {
        const child = spawn(process.execPath, args, {
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          env: storeEnv({ ...process.env, NODE_ENV: 'production' }),
        });
        // The child says when its ingest starts; an ingest over the limit is stopped.
        let timer: NodeJS.Timeout | undefined;
        let overTime = false;
        child.on('message', (message: { ingestStarted?: boolean; ingestDone?: boolean }) => {
          if (message.ingestStarted) {
            timer = setTimeout(() => {
              overTime = true;
              child.kill('SIGKILL');
            }, options.maxIngestMinutes * 60_000);
          }
          if (message.ingestDone) clearTimeout(timer);
        });
        child.on('exit', (exitCode) => {
          clearTimeout(timer);
          resolve({ code: exitCode, stopped: overTime });
        });
      });
      if (code === 0) {
        results.push(JSON.parse(await readFile(out, 'utf8')) as SizeResult);
        continue;
      }
      // Only an ingest stopped by the limit is reported as such; any other failure is the run's.
      const partial = stopped ? await readFile(`${out}.partial`, 'utf8').catch(() => null) : null;
      if (partial === null)
        throw new Error(`size ${size} failed (exit code ${code}); its output above says why`);
      console.log(`size ${size}: writeGraph did not finish within ${options.maxIngestMinutes} min; stopped`);
      results.push({
        ...(JSON.parse(partial) as SizeResult),
        ingestTimedOutMinutes: options.maxIngestMinutes,
      });
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  // The raw results, for `--render` and for comparing runs; formatted as Prettier would.
  const raw = JSON.stringify({ machine: machine(), options, results });
  const json = resultsFile(options, 'json');
  await writeFile(json, await format(raw, { ...(await resolveConfig(json)), parser: 'json' }));
  await writeReport(results, machine(), options);
}

/**
 * tests/bench/results.{md,json} for Kuzu; a Neo4j run and the side-by-side
 * comparison write their own files, so no run overwrites another store's numbers.
 */
function resultsFile(options: Pick<Options, 'store' | 'peer'>, extension: 'md' | 'json'): string {
  const name = options.peer ? 'results-peer' : options.store === 'neo4j' ? 'results-neo4j' : 'results';
  return path.join(ROOT, 'tests', 'bench', `${name}.${extension}`);
}

/** `--render`: the report again from the results JSON, without measuring. */
async function renderSaved(which: Pick<Options, 'store' | 'peer'>): Promise<void> {
  const saved = JSON.parse(await readFile(resultsFile(which, 'json'), 'utf8')) as {
    machine: Machine;
    options: Options;
    results: SizeResult[];
  };
  await writeReport(saved.results, saved.machine, saved.options);
}

async function writeReport(
  results: readonly SizeResult[],
  machine: Machine,
  options: Options,
): Promise<void> {
  const target = resultsFile(options, 'md');
  const text = options.peer
    ? renderPeerReport(results, machine, options)
    : renderReport(results, machine, options);
  // Formatted as the project's Prettier would, so the committed file passes `npm run format:check`.
  const report = await format(text, {
    ...(await resolveConfig(target)),
    parser: 'markdown',
  });
  console.log(`\n${report}`);
  await writeFile(target, report);
  console.log(`written to ${path.relative(process.cwd(), target)}`);
}

/**
 * A size is skipped when even linear growth from the largest size already ingested
 * (a lower bound: the Kuzu write path grows faster than linearly) puts its ingest
 * over the limit. The result says so, with the estimate.
 */
function linearEstimate(
  done: readonly SizeResult[],
  size: string,
  maxMinutes: number,
): { note: string; result: SizeResult } | null {
  const spec = SIZES[size] as (typeof SIZES)[string];
  const last = [...done].reverse().find((r) => r.ingest);
  if (!last?.ingest) return null;
  const estimateMinutes = spec.participations / last.ingest.participationsPerSecond / 60;
  if (estimateMinutes <= maxMinutes) return null;
  const note =
    `skipped: at ${last.size}'s ${Math.round(last.ingest.participationsPerSecond)} participations/s, ` +
    `writeGraph would need at least ${Math.round(estimateMinutes)} min (linear lower bound) ` +
    `for ${spec.participations} participations, over --max-ingest-minutes ${maxMinutes}`;
  return {
    note,
    result: {
      size,
      counts: countsFromSpec(spec),
      generateSeconds: Number.NaN,
      hubParticipations: [],
      operations: [],
      ingestTimedOutMinutes: maxMinutes,
      ingestSkipped: note,
    },
  };
}

export interface Machine {
  readonly os: string;
  readonly cpu: string;
  readonly memory: string;
  readonly node: string;
  readonly kuzu: string;
}

function machine(): Machine {
  const cpus = os.cpus();
  // kuzu's package.json is not exported; read it next to its entry point.
  const kuzuManifest = path.join(path.dirname(require.resolve('kuzu')), 'package.json');
  const kuzuVersion = (JSON.parse(readFileSync(kuzuManifest, 'utf8')) as { version: string }).version;
  return {
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpu: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}`,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GB`,
    node: process.version,
    kuzu: kuzuVersion,
  };
}

// --- child: one size ----------------------------------------------------------

async function runSize(size: string, options: Options): Promise<SizeResult> {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size}`);
  const folder = options.dir ?? (await mkdtemp(path.join(os.tmpdir(), `polgraph-bench-${size}-`)));
  await mkdir(folder, { recursive: true });
  const target = options.store === 'neo4j' ? neo4jTargetFrom(process.env) : null;
  if (options.store === 'neo4j' && target === null) throw new Error(NEO4J_SKIP);
  // A Neo4j database is claimed (empty, then marked) before anything is written,
  // and emptied again when the size is done, whatever happened.
  let owned: OwnedNeo4jDatabase | null = null;
  try {
    if (target) {
      owned = await OwnedNeo4jDatabase.claim(target, options.wipeMarker);
      console.log(
        `${owned.server} at ${target.uri}, database ${owned.database ?? '(home)'}: claimed while empty, ` +
          `marker ${owned.marker}`,
      );
    }
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      KUZU_PATH: path.join(folder, 'graph.kuzu'),
      KUZU_BUFFER_POOL_MB: String(spec.bufferPoolMb),
      SEEDS_DIR: path.join(ROOT, 'seeds'),
      INGEST_ON_START: 'false',
      ...(target
        ? {
            GRAPH_STORE: 'neo4j',
            NEO4J_URI: target.uri,
            NEO4J_USER: target.user,
            NEO4J_PASSWORD: target.password,
            ...(owned?.database ? { NEO4J_DATABASE: owned.database } : {}),
          }
        : {}),
    });
    // Generation and ingest in their own scope, so what they hold can be collected before measuring.
    const { picker, ingest, hubParticipations, generateSeconds, store } = await (async () => {
      let start = performance.now();
      // The graph streams into the store a chunk at a time (writeGraphChunks); only what
      // later chunks need of earlier ones is held (generate.ts), and the generator itself
      // is let go with its last chunk (ingestSource).
      const { meta: graph, chunks } = ingestSource(spec, options.seed);
      const planSeconds = (performance.now() - start) / 1000;
      console.log(
        `planned in ${planSeconds.toFixed(1)} s: ${spec.actors} actors, ${spec.participations} participations; ` +
          `top hubs ${graph.hubParticipations.slice(0, 3).join(', ')} participations`,
      );
      const store = await openStore(config);
      await store.initSchema();
      // What is known before the ingest, should it not finish in time.
      const before: Partial<SizeResult> = {
        size,
        counts: countsFromSpec(spec),
        generateSeconds: planSeconds,
        hubParticipations: graph.hubParticipations,
        operations: [],
      };
      if (options.out) await writeFile(`${options.out}.partial`, JSON.stringify(before));
      process.send?.({ ingestStarted: true });
      start = performance.now();
      await store.writeGraphChunks(chunks);
      // The generator's own time, spent while the store waits for its next chunk, is not the ingest's.
      const writeSeconds = (performance.now() - start) / 1000 - chunks.seconds;
      const ingestPeakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      process.send?.({ ingestDone: true });
      console.log(
        `writeGraphChunks: ${writeSeconds.toFixed(1)} s (generating the chunks ${chunks.seconds.toFixed(1)} s more), ` +
          `${Math.round(spec.participations / writeSeconds)} participations/s, peak RSS ${ingestPeakRssMb} MB`,
      );
      // The yardstick: Kuzu's own COPY of the same rows (generated again: same seed, same
      // chunks), into a fresh database beside it.
      const raw = target
        ? null
        : await rawCopy(generateGraphStream(spec, options.seed).chunks(), folder, config.kuzuBufferPoolMb);
      if (raw) {
        console.log(
          `Kuzu's own COPY of the same ${raw.rows} rows: ${raw.seconds.toFixed(1)} s; ` +
            `ingest / own COPY ${(writeSeconds / raw.seconds).toFixed(2)}x`,
        );
      }
      const picker = pickerFor(graph);
      return {
        store,
        picker,
        generateSeconds: planSeconds + chunks.seconds,
        hubParticipations: graph.hubParticipations,
        ingest: {
          writeSeconds,
          participations: spec.participations,
          participationsPerSecond: spec.participations / writeSeconds,
          peakRssMb: ingestPeakRssMb,
          ...(raw ? { rawCopySeconds: raw.seconds, rawCopyRows: raw.rows } : {}),
        },
      };
    })();
    (globalThis as { gc?: () => void }).gc?.();

    const counts: GraphCounts = await store.counts();
    const databaseBytes = target ? undefined : await folderBytes(folder);
    const app = await startApp(config, { store, log: () => undefined });
    const storeServer = owned?.server;
    if (options.peer && target) {
      // The side-by-side comparison instead of the other sections: both APIs on this database.
      try {
        // The peer reads the database the graph went to (the bench's own, where it could create one).
        const database = owned?.database;
        const peer = await runPeer(
          app.url,
          { ...target, ...(database ? { database } : {}) },
          picker,
          options,
        );
        return {
          size,
          counts,
          generateSeconds,
          ingest,
          hubParticipations,
          storeServer,
          operations: [],
          peer,
        };
      } finally {
        await app.close();
      }
    }
    // Steady state: the store's read-side caches (Kuzu's path adjacency) are
    // built before anything is timed; their build time is reported apart.
    const warmUpStarted = performance.now();
    await store.warmUp?.();
    const warmUpSeconds = (performance.now() - warmUpStarted) / 1000;
    console.log(`store warm-up (path index): ${warmUpSeconds.toFixed(1)} s`);
    // The direct calls go through a timing wrapper of the same store: where the time goes.
    const { store: timedStore, profile } = profiled(store);
    const services = createServices(timedStore, config.seedsDir);
    const schema = await buildGraphSchema();
    const fields = schema.getQueryType()?.getFields() ?? {};
    // The same GraphQL execution without HTTP (Apollo's executeOperation), to split the API's cost.
    const inProcess = await GraphqlEndpoint.start({
      schema,
      services: createServices(store, config.seedsDir),
      apiKey: null,
      log: () => undefined,
    });
    const operations: OperationResult[] = [];
    const client = new GraphqlClient(app.url);
    let apiFloor: Latency | undefined;
    let fullTextFloor: Latency | undefined;
    let hubTimeline: HubPages | undefined;
    const concurrency: ConcurrencyRun[] = [];
    try {
      for (const operation of OPERATIONS) {
        if (!fields[operation.field]) {
          console.log(`  ${operation.name}: skipped, the schema has no Query.${operation.field} yet`);
          operations.push({ name: operation.name, skipped: `no Query.${operation.field} in the schema` });
          continue;
        }
        const result = await measureOperation(
          operation,
          client,
          inProcess,
          services,
          profile,
          picker,
          options,
        );
        operations.push(result);
        console.log(
          `  ${operation.name}: direct ${ms(result.direct?.p50 ?? NaN)} / ${ms(result.direct?.p95 ?? NaN)} ms, ` +
            `HTTP ${ms(result.http?.p50 ?? NaN)} / ${ms(result.http?.p95 ?? NaN)} ms` +
            (result.errors ? `, ${result.errors} errors (${result.firstError})` : ''),
        );
      }
      apiFloor = await measureFloor(client, options);
      console.log(`  API floor ({ __typename } over HTTP): ${ms(apiFloor.p50)} / ${ms(apiFloor.p95)} ms`);
      const timeline = OPERATIONS.find((operation) => operation.field === 'timeline');
      if (timeline && fields['timeline']) {
        hubTimeline = await measureHubPages(timeline, client, inProcess, services, profile, picker, options);
        console.log(
          `  a hub's timeline page (${hubTimeline.http.runs} hub draws): direct ${ms(hubTimeline.direct.p50)} / ` +
            `${ms(hubTimeline.direct.p95)} ms, HTTP ${ms(hubTimeline.http.p50)} / ${ms(hubTimeline.http.p95)} ms`,
        );
      }
      const floor = kuzuFullTextFloor(store);
      const search = OPERATIONS.find((operation) => operation.field === 'search');
      if (floor && search) {
        fullTextFloor = await measureFullTextFloor(search, floor, picker, options);
        console.log(
          `  Kuzu's own full-text statement on the search draws: ${ms(fullTextFloor.p50)} / ${ms(fullTextFloor.p95)} ms`,
        );
      }
      // Many clients at once: does throughput grow with them, and do reads go on during a write?
      const rng = new Rng(options.seed ^ hash('concurrency'));
      for (const clients of CONCURRENT_CLIENTS) {
        concurrency.push(await runClients(app.url, clients, CONCURRENCY_SECONDS, picker.uniformActor, rng));
      }
      concurrency.push(
        await runClients(app.url, 8, CONCURRENCY_SECONDS, picker.uniformActor, rng, () =>
          store.writeGraph(extraBatch(actorSample(picker, rng), EXTRA_EVENTS, rng)),
        ),
      );
      for (const run of concurrency) {
        console.log(
          `  dashboard × ${run.clients} clients${run.beside === 'ingest' ? ' during an ingest' : ''}: ` +
            `${run.requestsPerSecond.toFixed(1)} req/s, p50 ${ms(run.p50)} ms, p99 ${ms(run.p99)} ms, ` +
            `${run.errors} errors${run.busy ? ` (${run.busy} STORE_BUSY)` : ''}` +
            (run.ingestSeconds !== undefined ? `, ingest ${run.ingestSeconds.toFixed(1)} s` : ''),
        );
      }
    } finally {
      client.close();
      await inProcess.stop();
      await app.close();
    }
    return {
      apiFloor,
      ...(fullTextFloor ? { fullTextFloor } : {}),
      ...(hubTimeline ? { hubTimeline } : {}),
      storeServer,
      size,
      counts,
      generateSeconds,
      ingest,
      databaseBytes,
      hubParticipations,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      warmUpSeconds,
      operations,
      concurrency,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
    await owned?.release();
  }
}

/** Clients of the concurrent section, each run for CONCURRENCY_SECONDS. */
const CONCURRENT_CLIENTS = [1, 8, 32] as const;
const CONCURRENCY_SECONDS = 10;
/** Events (two participations each) the ingest beside the readers writes. */
const EXTRA_EVENTS = 500;

function actorSample(picker: ActorPicker, rng: Rng): string[] {
  return Array.from({ length: 200 }, () => picker.uniformActor(rng));
}

/** The fixed cost of a GraphQL request: `{ __typename }` resolves without any service or store call. */
async function measureFloor(client: GraphqlClient, options: Options): Promise<Latency> {
  const once = () =>
    timed(async () => {
      JSON.parse(await client.post('{ __typename }'));
    });
  for (let i = 0; i < options.warmup; i++) await once();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) samples.push(await once());
  return summarise(samples);
}

/** Draws of a hub's pages: the ten hubs, in turn at random, each drawn many times. */
const HUB_PAGE_RUNS = 100;

/**
 * An operation on the hubs only (the ten actors with most participations),
 * measured as every operation is (measureOperation): the operations' own hub
 * columns hold the 10% of their draws that are hubs, too few (about 20) for a
 * p95. Issue 14 holds a hub's `timeline` page at L to a p95 of 50 ms.
 */
async function measureHubPages(
  operation: Operation,
  client: GraphqlClient,
  inProcess: GraphqlEndpoint,
  services: ReturnType<typeof createServices>,
  profile: StoreProfile,
  picker: ActorPicker,
  options: Options,
): Promise<HubPages> {
  const hubsOnly: ActorPicker = { ...picker, actor: picker.hub, uniformActor: picker.hub };
  const result = await measureOperation(
    { ...operation, name: `${operation.name} on the hubs` },
    client,
    inProcess,
    services,
    profile,
    hubsOnly,
    { ...options, runs: Math.min(HUB_PAGE_RUNS, options.runs) },
  );
  if (result.errors) throw new Error(`${result.name}: ${result.firstError ?? 'errors'}`);
  if (!result.direct || !result.http) throw new Error(`${result.name}: not measured`);
  return { direct: result.direct, http: result.http };
}

/**
 * The store's own full-text statement (full-text-floor.ts) on the same draws
 * as the `search` operation (the same seed), with as many warm-up and measured runs.
 */
async function measureFullTextFloor(
  search: Operation,
  floor: (text: string, limit: number) => Promise<unknown>,
  picker: ActorPicker,
  options: Options,
): Promise<Latency> {
  const rng = new Rng(options.seed ^ hash(search.name));
  const texts = Array.from({ length: options.warmup + options.runs }, () =>
    String(search.draw(picker, rng)['text']),
  );
  for (const text of texts.slice(0, options.warmup)) await floor(text, 10);
  const samples: number[] = [];
  for (const text of texts.slice(options.warmup)) samples.push(await timed(() => floor(text, 10)));
  return summarise(samples);
}

async function measureOperation(
  operation: Operation,
  client: GraphqlClient,
  inProcess: GraphqlEndpoint,
  services: ReturnType<typeof createServices>,
  profile: StoreProfile,
  picker: ActorPicker,
  options: Options,
): Promise<OperationResult> {
  const rng = new Rng(options.seed ^ hash(operation.name));
  const draws = Array.from({ length: options.warmup + options.runs }, () => operation.draw(picker, rng));
  let errors = 0;
  let firstError: string | undefined;
  let responseBytes = 0;
  const fail = (message: string): void => {
    errors++;
    firstError ??= message;
  };
  const direct = async (variables: Record<string, unknown>): Promise<number> =>
    timed(() => operation.direct(services, variables).catch((error: Error) => fail(error.message)));
  const http = async (variables: Record<string, unknown>): Promise<number> =>
    timed(async () => {
      const text = await client.post(operation.query, variables).catch((error: Error) => {
        fail(error.message);
        return '{}';
      });
      responseBytes += text.length;
      const body = JSON.parse(text) as { errors?: { message: string }[] };
      if (body.errors?.length) fail(body.errors[0]?.message ?? 'error');
    });

  for (const variables of draws.slice(0, options.warmup)) {
    await direct(variables);
    await http(variables);
  }
  responseBytes = 0;
  profile.reset();
  const directSamples: number[] = [];
  const httpSamples: number[] = [];
  const hubDirectSamples: number[] = [];
  const hubHttpSamples: number[] = [];
  const budgetMs = options.budgetSeconds * 1000;
  let spent = 0;
  for (const [i, variables] of draws.slice(options.warmup).entries()) {
    // Alternate which goes first, so neither always finds the other's pages cached.
    const first = i % 2 === 0 ? direct : http;
    const second = i % 2 === 0 ? http : direct;
    const a = await first(variables);
    const b = await second(variables);
    const [d, h] = i % 2 === 0 ? [a, b] : [b, a];
    directSamples.push(d);
    httpSamples.push(h);
    if (Object.values(variables).some((v) => typeof v === 'string' && picker.isHub(v))) {
      hubDirectSamples.push(d);
      hubHttpSamples.push(h);
    }
    spent += d + h;
    if (spent > 2 * budgetMs) break;
  }
  // Then the in-process GraphQL pass over the same draws, within the same budget.
  const inProcessSamples: number[] = [];
  spent = 0;
  for (const variables of draws.slice(options.warmup, options.warmup + directSamples.length)) {
    const took = await timed(async () => {
      const result = await inProcess.execute(operation.query, variables);
      if (result.errors?.length) fail(result.errors[0]?.message ?? 'error');
    });
    inProcessSamples.push(took);
    spent += took;
    if (spent > budgetMs) break;
  }
  return {
    name: operation.name,
    direct: summarise(directSamples),
    inProcess: summarise(inProcessSamples),
    http: summarise(httpSamples),
    hubDirect: hubDirectSamples.length > 0 ? summarise(hubDirectSamples) : undefined,
    hubHttp: hubHttpSamples.length > 0 ? summarise(hubHttpSamples) : undefined,
    store: describeProfile(
      profile,
      directSamples.length,
      directSamples.reduce((a, b) => a + b, 0),
    ),
    meanResponseBytes: Math.round(responseBytes / Math.max(1, httpSamples.length)),
    errors,
    firstError,
  };
}

/** Serves `@neo4j/graphql` on the same database and asks both APIs the same questions. */
async function runPeer(
  oursUrl: string,
  target: Neo4jTarget,
  picker: ActorPicker,
  options: Options,
): Promise<PeerComparison> {
  const peerServer = await startPeerServer(target);
  try {
    console.log(`  @neo4j/graphql ${peerLibraryVersion()} at ${peerServer.url}`);
    return await compareApis({
      oursUrl,
      peerUrl: peerServer.url,
      peerLibrary: `@neo4j/graphql ${peerLibraryVersion()}`,
      picker,
      seed: options.seed,
      runs: options.runs,
      warmup: options.warmup,
      budgetSeconds: options.budgetSeconds,
      clients: PEER_CLIENTS,
      throughputSeconds: CONCURRENCY_SECONDS,
      log: (line) => console.log(line),
    });
  } finally {
    await peerServer.close();
  }
}

/** Clients of the side-by-side throughput run (issue 14). */
const PEER_CLIENTS = 20;

/** The version of @neo4j/graphql installed (its package.json is not exported: found beside its entry point). */
function peerLibraryVersion(): string {
  for (let dir = path.dirname(require.resolve('@neo4j/graphql')); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    try {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string;
        version: string;
      };
      if (name === '@neo4j/graphql') return version;
    } catch {
      // not here; one folder up
    }
    if (path.dirname(dir) === dir) return 'unknown';
  }
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath ?? folder, entry.name))).size;
  }
  return total;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.child !== null) {
    const result = await runSize(options.child, options);
    if (options.out) await writeFile(options.out, JSON.stringify(result));
    return;
  }
  if (process.argv.includes('--render')) {
    await renderSaved(options);
    return;
  }
  if (options.store === 'neo4j' && neo4jTargetFrom(process.env) === null) {
    console.log(NEO4J_SKIP);
    return;
  }
  await runParent(options);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench:', error instanceof Error ? error.message : error);
    if (error instanceof Error && error.cause) console.error('  cause:', error.cause);
    process.exit(1);
  },
);

/** What a size's spec says of its counts, for a size whose ingest did not finish (what it does not say is 0). */
function countsFromSpec(spec: SizeSpec): GraphCounts {
  return {
    documents: spec.documents,
    actors: spec.actors,
    places: 0,
    events: 0,
    participations: spec.participations,
    statements: 0,
    statementAbout: 0,
    ties: 0,
    claims: 0,
    evidence: 0,
  };
}

/**
 * A generated graph to ingest: its chunks, and a copy of what the bench needs
 * of it afterwards. Nothing else holds the generator, and its chunks let it go
 * with the last one, so its state (about 250 MB at L: documents, actors,
 * statements, the first pass over events) is not counted in the store's peak
 * memory during the COPYs that follow, as a file or network source would not
 * be. The copies are taken with slice(): at L the generator's own name array,
 * kept, retained most of that state in V8's heap.
 */
function ingestSource(spec: SizeSpec, seed: number): { meta: GraphMeta; chunks: TimedChunks } {
  const stream = generateGraphStream(spec, seed);
  const meta: GraphMeta = {
    actorIds: stream.actorIds.slice(),
    hubIds: stream.hubIds.slice(),
    hubParticipations: stream.hubParticipations.slice(),
    searchWords: stream.searchWords.slice(),
    actorNames: stream.actorNames.slice(),
  };
  return { meta, chunks: new TimedChunks(stream.chunks()) };
}

/**
 * The chunks of a generated graph, read once, with the time spent producing
 * them (not the store's). The generator is let go once it is done.
 */
class TimedChunks implements Iterable<GraphBatch> {
  seconds = 0;

  constructor(private inner: Iterator<GraphBatch> | null) {}

  [Symbol.iterator](): Iterator<GraphBatch> {
    return {
      next: () => {
        const start = performance.now();
        try {
          const next = this.inner?.next() ?? { done: true, value: undefined };
          if (next.done) this.inner = null;
          return next;
        } finally {
          this.seconds += (performance.now() - start) / 1000;
        }
      },
    };
  }
}
