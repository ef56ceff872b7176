import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices, openStore, startApp } from '../src/app';
import { loadConfig } from '../src/config';
import type { GraphCounts } from '../src/domain/graph';
import { buildGraphSchema } from '../src/graphql/schema';
import { generateGraph, SIZES } from './generate';
import { ms, summarise, timed } from './measure';
import { OPERATIONS, type ActorPicker, type Operation } from './operations';
import { Rng } from './prng';
import { renderReport, type SizeResult, type OperationResult } from './report';

/**
 * `npm run bench -- --sizes S,M,L --runs 200 --warmup 20 --seed 20250621`
 *
 * For each size, a child process (NODE_ENV=production, so graphql-js runs
 * without its development checks) generates the synthetic graph, writes it to a
 * fresh Kuzu database in a temp folder with `store.writeGraph()` (the product's
 * ingest path), starts the app on it (`startApp`, no seed ingest, a random
 * port), and times every operation both over HTTP and as a direct service call.
 * The parent collects the results, prints the report and writes bench/results.md.
 */
interface Options {
  readonly sizes: string[];
  readonly runs: number;
  readonly warmup: number;
  readonly seed: number;
  /** Seconds one operation may spend in its measured runs per mode before it stops early. */
  readonly budgetSeconds: number;
  readonly out: string | null;
}

const ROOT = path.resolve(__dirname, '..', '..');
const HUB_SHARE = 0.1;

function parseOptions(argv: readonly string[]): Options & { child: string | null } {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const sizes = (value('--sizes') ?? 'S,M,L')
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  for (const size of sizes) {
    if (!SIZES[size]) throw new Error(`unknown size "${size}"; choose among ${Object.keys(SIZES).join(', ')}`);
  }
  const int = (flag: string, fallback: number): number => {
    const text = value(flag);
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a whole number`);
    return n;
  };
  return {
    sizes,
    runs: int('--runs', 200),
    warmup: int('--warmup', 20),
    seed: int('--seed', 20250621),
    budgetSeconds: int('--budget', 120),
    out: value('--out') ?? null,
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
      const args = [
        '--max-old-space-size=16384',
        '--expose-gc',
        __filename,
        '--child',
        size,
        '--out',
        out,
        '--runs',
        String(options.runs),
        '--warmup',
        String(options.warmup),
        '--seed',
        String(options.seed),
        '--budget',
        String(options.budgetSeconds),
      ];
      console.log(`\n== size ${size}`);
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, args, {
          stdio: 'inherit',
          env: { ...process.env, NODE_ENV: 'production' },
        });
        child.on('exit', (exitCode) => resolve(exitCode));
      });
      if (code !== 0) throw new Error(`size ${size} failed (exit code ${code})`);
      results.push(JSON.parse(await readFile(out, 'utf8')) as SizeResult);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const report = renderReport(results, machine(), options);
  console.log(`\n${report}`);
  const target = path.join(ROOT, 'bench', 'results.md');
  await writeFile(target, report);
  console.log(`written to ${path.relative(process.cwd(), target)}`);
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
  const folder = await mkdtemp(path.join(os.tmpdir(), `polgraph-bench-${size}-`));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    KUZU_PATH: path.join(folder, 'graph.kuzu'),
    SEEDS_DIR: path.join(ROOT, 'seeds'),
    INGEST_ON_START: 'false',
  });
  try {
    // Generation and ingest in their own scope, so the batch can be collected before measuring.
    const { picker, ingest, hubParticipations, generateSeconds, store } = await (async () => {
      let start = performance.now();
      const graph = generateGraph(spec, options.seed);
      const generateSeconds = (performance.now() - start) / 1000;
      const { batch } = graph;
      console.log(
        `generated in ${generateSeconds.toFixed(1)} s: ${batch.actors.length} actors, ${batch.events.length} events, ` +
          `${batch.participations.length} participations, ${batch.evidence.length} evidence spans; ` +
          `top hubs ${graph.hubParticipations.slice(0, 3).join(', ')} participations`,
      );
      const store = await openStore(config);
      await store.initSchema();
      start = performance.now();
      await store.writeGraph(batch);
      const writeSeconds = (performance.now() - start) / 1000;
      console.log(
        `writeGraph: ${writeSeconds.toFixed(1)} s, ` +
          `${Math.round(batch.participations.length / writeSeconds)} participations/s`,
      );
      const { actorIds, hubIds, actorNames, searchWords } = graph;
      const hubs = new Set(hubIds);
      const picker: ActorPicker = {
        actor: (r) => (r.chance(HUB_SHARE) ? r.pick(hubIds) : r.pick(actorIds)),
        uniformActor: (r) => r.pick(actorIds),
        word: (r) => r.pick(searchWords),
        name: (r) => r.pick(actorNames),
        isHub: (id) => hubs.has(id),
      };
      return {
        store,
        picker,
        generateSeconds,
        hubParticipations: graph.hubParticipations,
        ingest: {
          writeSeconds,
          participations: batch.participations.length,
          participationsPerSecond: batch.participations.length / writeSeconds,
        },
      };
    })();
    (globalThis as { gc?: () => void }).gc?.();

    const counts: GraphCounts = await store.counts();
    const databaseBytes = await folderBytes(folder);
    const app = await startApp(config, { store, log: () => undefined });
    const services = createServices(store, config.seedsDir);
    const fields = (await buildGraphSchema()).getQueryType()?.getFields() ?? {};
    const operations: OperationResult[] = [];
    try {
      for (const operation of OPERATIONS) {
        if (!fields[operation.field]) {
          console.log(`  ${operation.name}: skipped, the schema has no Query.${operation.field} yet`);
          operations.push({ name: operation.name, skipped: `no Query.${operation.field} in the schema` });
          continue;
        }
        const result = await measureOperation(operation, app.url, services, picker, options);
        operations.push(result);
        console.log(
          `  ${operation.name}: direct ${ms(result.direct?.p50 ?? NaN)} / ${ms(result.direct?.p95 ?? NaN)} ms, ` +
            `HTTP ${ms(result.http?.p50 ?? NaN)} / ${ms(result.http?.p95 ?? NaN)} ms` +
            (result.errors ? `, ${result.errors} errors (${result.firstError})` : ''),
        );
      }
    } finally {
      await app.close();
    }
    return {
      size,
      counts,
      generateSeconds,
      ingest,
      databaseBytes,
      hubParticipations,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      operations,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function measureOperation(
  operation: Operation,
  url: string,
  services: ReturnType<typeof createServices>,
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
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: operation.query, variables }),
      });
      const text = await response.text();
      responseBytes += text.length;
      const body = JSON.parse(text) as { errors?: { message: string }[] };
      if (body.errors?.length) fail(body.errors[0]?.message ?? 'error');
    });

  for (const variables of draws.slice(0, options.warmup)) {
    await direct(variables);
    await http(variables);
  }
  responseBytes = 0;
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
  return {
    name: operation.name,
    direct: summarise(directSamples),
    http: summarise(httpSamples),
    hubDirect: hubDirectSamples.length > 0 ? summarise(hubDirectSamples) : undefined,
    hubHttp: hubHttpSamples.length > 0 ? summarise(hubHttpSamples) : undefined,
    meanResponseBytes: Math.round(responseBytes / Math.max(1, httpSamples.length)),
    errors,
    firstError,
  };
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
