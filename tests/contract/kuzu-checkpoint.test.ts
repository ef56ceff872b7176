import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KuzuGraphStore, type KuzuOptions } from '../../src/adapters/kuzu/kuzu.store';
import type { GraphBatch } from '../../src/domain/graph';
import { countsOf } from '../../src/domain/graph-diff';
import { sampleGraph } from '../support/sample-graph';

/**
 * A checkpoint folds Kuzu's write-ahead log into the database file and holds
 * every read while it runs; in a large relationship table it costs seconds to
 * minutes whatever the write was. So a write into a store with data stays in
 * the log (committed, durable) until the log has grown past a threshold, and
 * closing the store folds it in. What must hold: every committed write is read
 * back at once, after a clean close, and after a process that died before any
 * checkpoint.
 */
describe('Kuzu checkpoints: committed writes wait in the log, and are never lost', () => {
  let folder: string;
  const options: KuzuOptions = { bufferPoolMb: 256, maxDatabaseGb: 4 };
  const databasePath = (dir = folder) => path.join(dir, 'graph.kuzu');
  const walBytes = async (dir = folder) => {
    try {
      return (await stat(`${databasePath(dir)}.wal`)).size;
    } catch {
      return 0;
    }
  };

  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-kuzu-checkpoint-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  /** The sample graph with one actor described anew: a small write into a store holding it. */
  function edited(): { batch: GraphBatch; actorId: string; description: string } {
    const batch = sampleGraph();
    const [first, ...rest] = batch.actors;
    if (first === undefined) throw new Error('the sample graph has no actor');
    const description = `${first.description ?? ''} (edited)`;
    return {
      batch: { ...batch, actors: [{ ...first, description }, ...rest] },
      actorId: first.id,
      description,
    };
  }

  async function openStore(dir = folder, more: KuzuOptions = {}): Promise<KuzuGraphStore> {
    const store = await KuzuGraphStore.open(databasePath(dir), { ...options, ...more });
    await store.initSchema();
    return store;
  }

  async function expectEdited(store: KuzuGraphStore, actorId: string, description: string) {
    const [actor] = await store.actorsByIds([actorId]);
    expect(actor?.description).toBe(description);
    expect(await store.counts()).toEqual(countsOf(sampleGraph()));
  }

  it('folds a bulk load in at once, keeps a small write in the log, and folds it in at close', async () => {
    const { batch, actorId, description } = edited();
    const store = await openStore();
    try {
      await store.writeGraph(sampleGraph());
      expect(await walBytes()).toBe(0);
      await store.writeGraph(batch);
      expect(await walBytes()).toBeGreaterThan(0);
      await expectEdited(store, actorId, description);
    } finally {
      await store.close();
    }
    expect(await walBytes()).toBe(0);
    const reopened = await openStore();
    try {
      await expectEdited(reopened, actorId, description);
    } finally {
      await reopened.close();
    }
  });

  it('folds every write in when the threshold is zero', async () => {
    const { batch, actorId, description } = edited();
    const store = await openStore(folder, { checkpointWalMb: 0 });
    try {
      await store.writeGraph(sampleGraph());
      await store.writeGraph(batch);
      expect(await walBytes()).toBe(0);
      await expectEdited(store, actorId, description);
    } finally {
      await store.close();
    }
  });

  it('opens with every committed write when the process died before a checkpoint', async () => {
    const { batch, actorId, description } = edited();
    const crashed = await mkdtemp(path.join(tmpdir(), 'polgraph-kuzu-crashed-'));
    const store = await openStore();
    try {
      await store.writeGraph(sampleGraph());
      await store.writeGraph(batch);
      // What a killed process leaves on disk: the file as of the last checkpoint, and the log.
      expect(await walBytes()).toBeGreaterThan(0);
      await copyFile(databasePath(), databasePath(crashed));
      await copyFile(`${databasePath()}.wal`, `${databasePath(crashed)}.wal`);
    } finally {
      await store.close();
    }
    try {
      const recovered = await openStore(crashed);
      try {
        await expectEdited(recovered, actorId, description);
        expect((await recovered.schemaStatus()).missing).toEqual([]);
        expect((await recovered.searchText('prisoners', 5)).length).toBeGreaterThan(0);
      } finally {
        await recovered.close();
      }
    } finally {
      await rm(crashed, { recursive: true, force: true });
    }
  });
});
