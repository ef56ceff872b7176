import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { storeEnv, storeNodeFlags } from '../support/store-runtime';

/**
 * Writes while others read, over HTTP, repeated (`npm run stress:concurrency
 * [-- ROUNDS]`, default 10): a server with an API key; three clients loop over
 * full-text search and `statements(filter: {text})`; each round three
 * `ingestSources` mutations at once, after an edit that makes the graph really
 * change. Passes when no read failed but with the documented, retryable
 * STORE_BUSY, every mutation completed or was refused cleanly, and afterwards
 * search works and /health is ok. Runs the built server (dist/), as `npm start`.
 */
const MAIN = path.resolve(__dirname, '../../src/main.js');
const SEEDS = path.resolve(__dirname, '../../../seeds');
const API_KEY = 'stress-concurrency-key-0123456789';
const EDITED = 'documents/001_78f193878130a4b8.txt';
const NOTE = 'EDITOR NOTE: corrected. ';
const PORT = 4700 + Math.floor(Math.random() * 200);
const URL_BASE = `http://127.0.0.1:${PORT}`;

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 10);
  const work = await mkdtemp(path.join(tmpdir(), 'polgraph-stress-'));
  const sources = path.join(work, 'seeds');
  await cp(SEEDS, sources, { recursive: true });
  // Node's flags and allocator setting as `npm start` gives them.
  const server = spawn(process.execPath, [...storeNodeFlags(process.env), MAIN], {
    env: storeEnv({
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      KUZU_PATH: path.join(work, 'graph.kuzu'),
      SEEDS_DIR: sources,
      API_KEY,
    }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await ready();
    const readErrors = new Map<string, number>();
    const busy = { reads: 0 };
    let reads = 0;
    let running = true;
    const reader = async (query: string) => {
      while (running) {
        const body = await post(query);
        reads++;
        for (const error of body.errors ?? []) {
          const code = error.extensions?.code ?? 'NO_CODE';
          if (code === 'STORE_BUSY') busy.reads++;
          else
            readErrors.set(
              `${code}: ${error.message}`,
              (readErrors.get(`${code}: ${error.message}`) ?? 0) + 1,
            );
        }
      }
    };
    const readers = [
      reader('{ search(text: "prisoners released", first: 5) { kind id } }'),
      reader('{ statements(filter: { text: "Lukashenko" }, first: 5) { totalCount edges { node { id } } } }'),
      reader('{ search(text: "Kellogg Minsk", first: 5) { kind id } }'),
    ];
    const outcomes = new Map<string, number>();
    const began = Date.now();
    for (let round = 0; round < rounds; round++) {
      const file = path.join(sources, EDITED);
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.startsWith(NOTE) ? text.slice(NOTE.length) : NOTE + text, 'utf8');
      const results = await Promise.all(
        [0, 1, 2].map(() =>
          post('mutation { ingestSources { changed } }', { authorization: `Bearer ${API_KEY}` }),
        ),
      );
      for (const body of results) {
        const outcome =
          body.errors?.[0]?.extensions?.code ??
          ((body.data?.['ingestSources'] as { changed: boolean }).changed ? 'written' : 'nothing to write');
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }
    running = false;
    await Promise.all(readers);
    const seconds = (Date.now() - began) / 1000;
    const after = await post('{ search(text: "prisoners released", first: 5) { kind id } }');
    const health = (await (await fetch(`${URL_BASE}/health`)).json()) as {
      status: string;
      reasons: string[];
    };

    console.log(`concurrency: ${rounds} rounds of 3 mutations beside 3 readers in ${seconds.toFixed(1)} s`);
    console.log(`  reads: ${reads} (${(reads / seconds).toFixed(0)}/s), STORE_BUSY ${busy.reads}`);
    for (const [error, count] of readErrors) console.log(`  read error ×${count}: ${error}`);
    console.log(`  mutations: ${[...outcomes].map(([o, n]) => `${o} ×${n}`).join(', ')}`);
    console.log(
      `  search afterwards: ${after.errors ? JSON.stringify(after.errors) : 'ok'}; /health: ${health.status}`,
    );
    const mutationsClean = [...outcomes.keys()].every((o) =>
      ['written', 'nothing to write', 'STORE_BUSY'].includes(o),
    );
    const passed = readErrors.size === 0 && mutationsClean && !after.errors && health.status === 'ok';
    console.log(`concurrency: ${passed ? 'passed' : 'FAILED'}`);
    if (!passed) process.exitCode = 1;
  } finally {
    await stop(server);
    await rm(work, { recursive: true, force: true });
  }
}

async function post(query: string, headers: Record<string, string> = {}): Promise<Body> {
  const response = await fetch(`${URL_BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as Body;
}

async function ready(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${URL_BASE}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not start within 60 s');
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

main().catch((error: unknown) => {
  console.error('concurrency stress failed:', error);
  process.exitCode = 1;
});
