import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import { describeGraphStoreContract } from './graph-store.contract';

// Every test gets its own database in a fresh temporary folder.
describeGraphStoreContract('Kuzu (embedded)', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'polgraph-kuzu-'));
  const store = await KuzuGraphStore.open(path.join(folder, 'graph.kuzu'), {
    bufferPoolMb: 256,
    maxDatabaseGb: 4,
  });
  return {
    store,
    dispose: async () => {
      await store.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
});
