import { MemoryGraphStore } from '../support/memory-store';
import { describeGraphStoreContract } from './graph-store.contract';

// The unit tests' fake must behave like the real stores, or its tests prove nothing.
describeGraphStoreContract('in-memory fake', async () => ({
  store: new MemoryGraphStore(),
  dispose: async () => undefined,
}));
