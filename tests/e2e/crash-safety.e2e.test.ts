import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import { countsOf } from '../../src/domain/graph-diff';
import type { GraphBatch } from '../../src/domain/graph';
import { buildGraph } from '../../src/ingest/graph-builder';
import { readSources } from '../../src/ingest/source-files';
import { IntegrityService } from '../../src/services/integrity.service';
import { prepareEmbeddedStore, setAside } from '../../src/startup/prepare-embedded-store';
import { copySeeds, SEEDS_ROOT } from '../support/seeds';
import { PREPARE_CHILD } from '../support/store-child';

/**
 * Short versions of the kill loop (tests/stress/kill-loop.ts runs 30 and more):
 * an ingest killed with SIGKILL at any moment, into an empty store or a full
 * one, and a store file damaged beyond opening. The next start must come back
 * whole without a hand: the sources' graph exactly, every index, search working.
 */
describe('crash safety of the embedded store', () => {
  let folder: string;
  let seeds: GraphBatch;

  beforeAll(async () => {
    seeds = buildGraph(await readSources(SEEDS_ROOT));
  });
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-crash-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const kuzuPath = () => path.join(folder, 'graph.kuzu');
  const envFor = (seedsDir: string) => ({ ...process.env, KUZU_PATH: kuzuPath(), SEEDS_DIR: seedsDir });

  /** Runs the preparation child and kills it after `ms`; resolves when it is gone. */
  function ingestKilledAfter(ms: number, seedsDir: string): Promise<string | null> {
    return new Promise((resolve) => {
      const child = fork(PREPARE_CHILD.childModule, [], {
        env: { ...envFor(seedsDir), PREPARE_INGEST: 'true' },
        execArgv: [...PREPARE_CHILD.execArgv],
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), ms);
      child.on('exit', (_code, signal) => {
        clearTimeout(timer);
        resolve(signal);
      });
    });
  }

  function prepare(seedsDir: string, log: string[] = []) {
    return prepareEmbeddedStore({
      kuzuPath: kuzuPath(),
      ingest: true,
      env: envFor(seedsDir),
      ...PREPARE_CHILD,
      progress: () => undefined,
      log: (line) => log.push(line),
    });
  }

  async function expectWhole(graph: GraphBatch): Promise<void> {
    const store = await KuzuGraphStore.open(kuzuPath(), { bufferPoolMb: 256, maxDatabaseGb: 4 });
    try {
      expect((await store.schemaStatus()).missing).toEqual([]);
      expect(await store.counts()).toEqual(countsOf(graph));
      expect((await new IntegrityService(store).verify(graph)).problems).toEqual([]);
      expect((await store.searchText('prisoners released', 5)).length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  }

  it('comes back whole after kills at any moment of an ingest into an empty store', async () => {
    // Moments spread over the child's life: starting, opening, loading, committing, checkpointing.
    for (const ms of [200, 900, 1600, 2300]) {
      await rm(folder, { recursive: true, force: true });
      const signal = await ingestKilledAfter(ms, SEEDS_ROOT);
      const result = await prepare(SEEDS_ROOT);
      expect({ ms, status: result.health.status, killed: signal ?? 'finished first' }).toMatchObject({
        ms,
        status: 'ok',
      });
      await expectWhole(seeds);
    }
  });

  it('comes back whole after kills during a re-ingest of edited sources into a full store', async () => {
    const copy = await copySeeds();
    try {
      await copy.edit('documents/001_78f193878130a4b8.txt', (text) => `EDITOR NOTE: corrected. ${text}`);
      const edited = buildGraph(await readSources(copy.root));
      for (const ms of [800, 1600]) {
        await rm(folder, { recursive: true, force: true });
        expect((await prepare(SEEDS_ROOT)).health.status).toBe('ok');
        await ingestKilledAfter(ms, copy.root);
        expect((await prepare(copy.root)).health.status).toBe('ok');
        await expectWhole(edited);
      }
    } finally {
      await copy.remove();
    }
  });

  it('keeps a store that cannot be opened aside, never deleted, and rebuilds it from the sources', async () => {
    await writeFile(kuzuPath(), Buffer.alloc(64 * 1024, 0x5a));
    const log: string[] = [];
    const result = await prepare(SEEDS_ROOT, log);
    expect(result.setAside).toMatch(/graph\.kuzu\.broken-/);
    expect(existsSync(result.setAside!)).toBe(true);
    expect(log.join('\n')).toMatch(
      /could not be opened or prepared .*kept it as .*rebuilding it from the sources/,
    );
    expect(result.health.status).toBe('ok');
    await expectWhole(seeds);
  });

  it('sets aside the database file with its companions, and leaves earlier broken copies alone', async () => {
    for (const name of ['graph.kuzu', 'graph.kuzu.wal', 'graph.kuzu.broken-earlier', 'other.kuzu']) {
      await writeFile(path.join(folder, name), name);
    }
    const kept = setAside(kuzuPath(), new Date('2026-12-04T10:00:00Z'));
    expect(kept).toBe(path.join(folder, 'graph.kuzu.broken-2026-12-04T10-00-00-000Z'));
    expect((await readdir(folder)).sort()).toEqual([
      'graph.kuzu.broken-2026-12-04T10-00-00-000Z',
      'graph.kuzu.broken-2026-12-04T10-00-00-000Z.wal',
      'graph.kuzu.broken-earlier',
      'other.kuzu',
    ]);
  });

  it("stops on invalid sources with the curator's message and leaves the store untouched", async () => {
    expect((await prepare(SEEDS_ROOT)).health.status).toBe('ok');
    const copy = await copySeeds();
    try {
      await copy.edit('annotations/000_decbe18c32b19596.yaml', (text) =>
        text.replace(/actor: keith-kellogg/, 'actor: keith-kellog-typo'),
      );
      await expect(prepare(copy.root)).rejects.toThrow(/keith-kellog-typo/);
      expect((await readdir(folder)).some((name) => name.includes('broken'))).toBe(false);
      await expectWhole(seeds);
    } finally {
      await copy.remove();
    }
  });
});
