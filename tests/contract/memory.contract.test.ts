import { MemoryGraphStore } from '../support/memory-store';
import { describeGraphStoreContract } from './graph-store.contract';
import { describePlannedReadsContract } from './planned-reads.contract';
import { describeSourceReplacementContract } from './source-replacement.contract';

// The unit tests' fake must behave like the real stores, or its tests prove nothing.
const openMemory = async () => ({ store: new MemoryGraphStore(), dispose: async () => undefined });
describeGraphStoreContract('in-memory fake', openMemory);
describeSourceReplacementContract('in-memory fake', openMemory);
describePlannedReadsContract('in-memory fake', openMemory);
