import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import type { GraphBatch } from '../../src/domain/graph';

/**
 * For a describe block of Kuzu-only tests: a store in a temporary folder of
 * its own, opened with `graph` written before the block's tests and closed
 * and removed after them. Returns the store's getter (set once beforeAll ran).
 */
export function kuzuSuiteStore(name: string, graph: () => GraphBatch): () => KuzuGraphStore {
  let folder: string;
  let store: KuzuGraphStore | undefined;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), `polgraph-kuzu-${name}-`));
    store = await KuzuGraphStore.open(path.join(folder, 'graph.kuzu'), {
      bufferPoolMb: 256,
      maxDatabaseGb: 4,
    });
    await store.initSchema();
    await store.writeGraph(graph());
  });
  afterAll(async () => {
    await store?.close();
    await rm(folder, { recursive: true, force: true });
  });
  return () => {
    if (store === undefined) throw new Error('the Kuzu suite store is opened in beforeAll');
    return store;
  };
}
