import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import { countsOf } from '../../src/domain/graph-diff';
import type { GraphBatch } from '../../src/domain/graph';
import { buildGraph } from '../../src/ingest/graph-builder';
import { readSources } from '../../src/ingest/source-files';
import { IngestService } from '../../src/services/ingest.service';
import { prepareEmbeddedStore, StartupError } from '../../src/startup/prepare-embedded-store';
import { copySeeds, SEEDS_ROOT } from '../support/seeds';
import { PREPARE_CHILD } from '../support/store-child';

/**
 * Kuzu lets one process at a time open a database file. A store held open by
 * another process (a running server, an ingest or export command) is healthy,
 * not damaged: start-up must refuse to run and leave it where it is. Setting it
 * aside would rename the file under the holder, which keeps writing into the
 * renamed copy while the new store is built from the sources in its place.
 */
describe('start-up against a store another process holds open', () => {
  let folder: string;
  let seeds: GraphBatch;

  beforeAll(async () => {
    seeds = buildGraph(await readSources(SEEDS_ROOT));
  });
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-in-use-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const kuzuPath = () => path.join(folder, 'graph.kuzu');

  it('fails with a clear error, renames nothing, and leaves the holder reading and writing', async () => {
    // This test process is the other process: Kuzu's lock is per process, and the
    // preparation runs in a child, so the child meets the lock as a second server would.
    const holder = await KuzuGraphStore.open(kuzuPath(), { bufferPoolMb: 256, maxDatabaseGb: 4 });
    try {
      await holder.initSchema();
      await new IngestService(holder).ingestGraph(seeds);

      const log: string[] = [];
      const preparation = prepareEmbeddedStore({
        kuzuPath: kuzuPath(),
        ingest: true,
        env: { ...process.env, KUZU_PATH: kuzuPath(), SEEDS_DIR: SEEDS_ROOT },
        ...PREPARE_CHILD,
        progress: () => undefined,
        log: (line) => log.push(line),
      });
      await expect(preparation).rejects.toThrow(StartupError);
      await expect(preparation).rejects.toThrow(
        new RegExp(`${escapeRegExp(kuzuPath())} is in use by another process.*KUZU_PATH`, 's'),
      );
      expect(log.join('\n')).not.toMatch(/rebuilding/);

      const names = await readdir(folder);
      expect(names).toContain('graph.kuzu');
      expect(names.filter((name) => name.includes('broken'))).toEqual([]);

      // The holder still owns the file at its path: what it holds is readable, and it can write.
      expect(await holder.counts()).toEqual(countsOf(seeds));
      const copy = await copySeeds();
      try {
        await copy.edit('documents/001_78f193878130a4b8.txt', (text) => `EDITOR NOTE: corrected. ${text}`);
        const edited = buildGraph(await readSources(copy.root));
        expect((await new IngestService(holder).ingestGraph(edited)).changed).toBe(true);
        expect(await holder.counts()).toEqual(countsOf(edited));
        expect((await holder.searchText('EDITOR NOTE corrected', 5)).length).toBeGreaterThan(0);
      } finally {
        await copy.remove();
      }
    } finally {
      await holder.close();
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
