import { fork } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spoolPrefixFor } from '../../src/adapters/kuzu/kuzu-bulk-spool';
import { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import type { GraphBatch } from '../../src/domain/graph';
import { countsOf } from '../../src/domain/graph-diff';
import { buildGraph } from '../../src/ingest/graph-builder';
import { readSources } from '../../src/ingest/source-files';
import { IntegrityService } from '../../src/services/integrity.service';
import { prepareEmbeddedStore } from '../../src/startup/prepare-embedded-store';
import { storeEnv, storeNodeFlags } from '../support/store-runtime';

/**
 * The long kill loop (`npm run stress:kill [-- KILLS]`, default 30): SIGKILL at a
 * random moment of an ingest, alternately into an empty store and into a full
 * one whose sources changed, then a normal start. Every start must come back
 * whole: the sources' graph exactly (counts and fingerprints), every index,
 * every evidence span matching its text, search working, no crash loop, and
 * no spool of a killed bulk load left beside the store.
 * Runs the built code (dist/), as `npm start` does.
 */
const CHILD = path.resolve(__dirname, '../../src/cli/prepare-store.cli.js');
const SEEDS = path.resolve(__dirname, '../../../seeds');
const EDITED = 'documents/001_78f193878130a4b8.txt';
const NOTE = 'EDITOR NOTE: corrected. ';

async function main(): Promise<void> {
  const kills = Number(process.argv[2] ?? 30);
  const work = await mkdtemp(path.join(tmpdir(), 'polgraph-kill-loop-'));
  const sources = path.join(work, 'seeds');
  await cp(SEEDS, sources, { recursive: true });
  const kuzuPath = path.join(work, 'store', 'graph.kuzu');
  const env = { ...process.env, KUZU_PATH: kuzuPath, SEEDS_DIR: sources };
  const prepare = () =>
    prepareEmbeddedStore({
      kuzuPath,
      ingest: true,
      env,
      childModule: CHILD,
      progress: () => undefined,
      log: (line) => console.log(`    start: ${line}`),
    });

  // How long an undisturbed ingest into an empty store takes: kills are drawn over it.
  const began = Date.now();
  await prepare();
  const span = Date.now() - began;
  console.log(`kill loop: ${kills} kills over ingests of about ${span} ms, store in ${work}`);

  let whole = 0;
  let killed = 0;
  const failures: string[] = [];
  // Runs until `kills` ingests were really killed (one may finish before its moment comes).
  for (let i = 1; killed < kills && i <= kills * 2; i++) {
    const intoEmpty = i % 2 === 1;
    if (intoEmpty) await rm(path.dirname(kuzuPath), { recursive: true, force: true });
    else await toggleEdit(path.join(sources, EDITED));
    const at = Math.round(50 + Math.random() * span * 0.95);
    const signal = await killedAfter(at, env);
    if (signal === 'SIGKILL') killed++;
    const expected = buildGraph(await readSources(sources));
    const label = `#${i} ${intoEmpty ? 'empty' : 'full '} kill at ${at} ms (${signal ?? 'finished first'})`;
    try {
      const result = await prepare();
      const problems = [
        ...(result.health.status === 'ok' ? [] : [`health ${result.health.reasons.join('; ')}`]),
        ...(await check(kuzuPath, expected)),
      ];
      if (problems.length === 0) whole++;
      else failures.push(`${label}: ${problems.join('; ')}`);
      console.log(
        `  ${label}: ${problems.length === 0 ? 'whole' : problems.join('; ')}${result.setAside ? ` (set aside ${result.setAside})` : ''}`,
      );
    } catch (error) {
      failures.push(`${label}: start failed: ${String(error)}`);
      console.log(`  ${label}: start failed: ${String(error)}`);
    }
  }
  const starts = whole + failures.length;
  console.log(`kill loop: ${killed} ingests killed; ${whole}/${starts} starts came back whole`);
  for (const failure of failures) console.log(`  FAILED ${failure}`);
  await rm(work, { recursive: true, force: true });
  if (failures.length > 0 || killed < kills) process.exitCode = 1;
}

function killedAfter(ms: number, env: NodeJS.ProcessEnv): Promise<string | null> {
  return new Promise((resolve) => {
    // Node's flags and allocator setting as `npm start` gives them.
    const child = fork(CHILD, [], {
      execArgv: storeNodeFlags(process.env),
      env: storeEnv({ ...env, PREPARE_INGEST: 'true' }),
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal);
    });
  });
}

async function toggleEdit(file: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.startsWith(NOTE) ? text.slice(NOTE.length) : NOTE + text, 'utf8');
}

async function check(kuzuPath: string, expected: GraphBatch): Promise<string[]> {
  // Looked at before this check opens the store (an open removes them): the start must have.
  const prefix = spoolPrefixFor(kuzuPath);
  const spools = (await readdir(path.dirname(prefix))).filter((name) =>
    name.startsWith(path.basename(prefix)),
  );
  const store = await KuzuGraphStore.open(kuzuPath, { bufferPoolMb: 256 });
  try {
    const problems: string[] = spools.map((spool) => `spool left: ${spool}`);
    const counts = await store.counts();
    if (JSON.stringify(counts) !== JSON.stringify(countsOf(expected)))
      problems.push(`counts ${JSON.stringify(counts)}`);
    problems.push(...(await new IntegrityService(store).verify(expected)).problems);
    if ((await store.searchText('prisoners released', 5)).length === 0) problems.push('search finds nothing');
    return problems;
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error('kill loop failed:', error);
  process.exitCode = 1;
});
