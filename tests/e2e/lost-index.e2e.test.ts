import { execFile } from 'node:child_process';
import { cp, readdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import { runExport } from '../../src/cli/export.cli';
import { StoreNeedsRebuildError } from '../../src/domain/errors';
import { countsOf } from '../../src/domain/graph-diff';
import type { GraphBatch } from '../../src/domain/graph';
import { buildGraph } from '../../src/ingest/graph-builder';
import { readSources } from '../../src/ingest/source-files';
import { IngestService } from '../../src/services/ingest.service';
import { prepareEmbeddedStore } from '../../src/startup/prepare-embedded-store';
import { killIndexCreation } from '../support/killed-index-creation';
import { SEEDS_ROOT } from '../support/seeds';
import { PREPARE_CHILD } from '../support/store-child';

const INGEST_CLI = path.resolve(__dirname, '../../src/cli/ingest.cli.ts');
const REGISTER = path.resolve(__dirname, '../support/ts-register.js');
const OPTIONS = { bufferPoolMb: 256, maxDatabaseGb: 4 };

/**
 * A kill while Kuzu builds a full-text index leaves hidden tables that block
 * the index's name for good: the store keeps every record but can never get
 * that index back in place. Every command must notice: the server and `ingest`
 * keep the file aside and rebuild from the sources, `export` (which reads no
 * index) goes on and says so; none may go on writing a store without its index.
 */
describe('a store whose full-text index build was killed', () => {
  let folder: string;
  let seeds: GraphBatch;
  const kuzuPath = () => path.join(folder, 'graph.kuzu');

  /** Whether initSchema refuses the store; the error is kept for the assertions. */
  let refusal: unknown = null;
  const refusesRepair = async () => {
    const store = await KuzuGraphStore.open(kuzuPath(), OPTIONS);
    try {
      await store.initSchema();
      return false;
    } catch (error) {
      refusal = error;
      return error instanceof StoreNeedsRebuildError;
    } finally {
      await store.close();
    }
  };

  async function expectWhole(): Promise<void> {
    const store = await KuzuGraphStore.open(kuzuPath(), OPTIONS);
    try {
      expect((await store.schemaStatus()).missing).toEqual([]);
      expect(await store.counts()).toEqual(countsOf(seeds));
      const hits = await store.searchText('prisoners released', 20);
      expect(hits.some((hit) => hit.kind === 'STATEMENT')).toBe(true);
    } finally {
      await store.close();
    }
  }

  /** The damaged store, made once (killing index builds takes a while) and copied for each test. */
  let pristine: string;
  beforeAll(async () => {
    seeds = buildGraph(await readSources(SEEDS_ROOT));
    pristine = await mkdtemp(path.join(tmpdir(), 'polgraph-lost-index-made-'));
    folder = pristine;
    const store = await KuzuGraphStore.open(kuzuPath(), OPTIONS);
    try {
      await store.initSchema();
      await new IngestService(store).ingestGraph(seeds);
    } finally {
      await store.close();
    }
    await killIndexCreation(kuzuPath(), refusesRepair);
  }, 180_000);
  afterAll(async () => {
    await rm(pristine, { recursive: true, force: true });
  });
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-lost-index-'));
    await cp(pristine, folder, { recursive: true });
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('is refused by the schema repair, which names the index', () => {
    expect(refusal).toBeInstanceOf(StoreNeedsRebuildError);
    expect((refusal as Error).message).toMatch(
      /statement_text_fts on Statement.*rebuilding the store from the sources/,
    );
  });

  it('is kept aside and rebuilt from the sources by `npm run ingest`', async () => {
    const { stderr } = await promisify(execFile)(process.execPath, ['-r', REGISTER, INGEST_CLI, SEEDS_ROOT], {
      env: { ...process.env, KUZU_PATH: kuzuPath(), GRAPH_STORE: 'kuzu' },
    });
    expect(stderr).toMatch(
      /statement_text_fts.*Kept the store as .*graph\.kuzu\.broken-.*rebuilding it from the sources/,
    );
    expect((await readdir(folder)).filter((name) => /^graph\.kuzu\.broken-[^.]+$/.test(name))).toHaveLength(
      1,
    );
    await expectWhole();
  });

  it('is kept aside and rebuilt from the sources at server start', async () => {
    const log: string[] = [];
    const result = await prepareEmbeddedStore({
      kuzuPath: kuzuPath(),
      ingest: false,
      env: { ...process.env, KUZU_PATH: kuzuPath(), SEEDS_DIR: SEEDS_ROOT },
      ...PREPARE_CHILD,
      progress: () => undefined,
      log: (line) => log.push(line),
    });
    expect(result.setAside).toMatch(/graph\.kuzu\.broken-/);
    expect(log.join('\n')).toMatch(/statement_text_fts/);
    await expectWhole();
  });

  it('is still exported, with a warning, and left as it is', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runExport(
      ['--format', 'jgf'],
      { ...process.env, KUZU_PATH: kuzuPath(), GRAPH_STORE: 'kuzu' },
      {
        write: (text) => out.push(text),
        err: (line) => err.push(line),
      },
    );
    expect(code).toBe(0);
    expect(err.join('\n')).toMatch(
      /warning: the full-text index statement_text_fts on Statement cannot be created in place/,
    );
    expect(out.join('')).toContain('alexander-lukashenko');
    expect((await readdir(folder)).some((name) => name.includes('broken'))).toBe(false);
    expect(await refusesRepair()).toBe(true);
  });
});
