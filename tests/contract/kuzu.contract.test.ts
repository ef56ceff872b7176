import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KuzuGraphStore } from '../../src/adapters/kuzu/kuzu.store';
import { describeGraphStoreContract, type StoreHandle } from './graph-store.contract';
import { describePlannedReadsContract } from './planned-reads.contract';
import { describeSourceReplacementContract } from './source-replacement.contract';

// Every test gets its own database in a fresh temporary folder.
const openKuzu = async (): Promise<StoreHandle> => {
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
};

describeGraphStoreContract('Kuzu (embedded)', openKuzu);
describeSourceReplacementContract('Kuzu (embedded)', openKuzu);
describePlannedReadsContract('Kuzu (embedded)', openKuzu);
