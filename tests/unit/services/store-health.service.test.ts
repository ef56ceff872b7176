import type { GraphStore, SchemaStatus } from '../../../src/ports/graph-store.port';
import { StoreHealthService } from '../../../src/services/store-health.service';
import { MemoryGraphStore } from '../../support/memory-store';

/** A store missing some schema objects, which `initSchema` may or may not bring back. */
function storeMissing(missing: string[], repairable: boolean): GraphStore & { schemaReads: number } {
  const store = new MemoryGraphStore() as MemoryGraphStore & { schemaReads: number };
  let current = [...missing];
  store.schemaReads = 0;
  store.schemaStatus = async (): Promise<SchemaStatus> => {
    store.schemaReads++;
    return { missing: [...current] };
  };
  store.initSchema = async () => {
    if (repairable) current = [];
  };
  return store;
}

describe('StoreHealthService', () => {
  it('repairs what is missing and reports ok, naming what it repaired', async () => {
    const health = new StoreHealthService(storeMissing(['full-text index statement_text_fts'], true));
    const report = await health.checkAndRepair();
    expect(report).toMatchObject({
      status: 'ok',
      reasons: [],
      repaired: ['full-text index statement_text_fts'],
    });
    expect((await health.report()).status).toBe('ok');
  });

  it('says degraded, with the reason, when the repair fails', async () => {
    const health = new StoreHealthService(storeMissing(['full-text index event_text_fts'], false));
    const report = await health.checkAndRepair();
    expect(report.status).toBe('degraded');
    expect(report.reasons).toEqual(['missing full-text index event_text_fts (repair failed)']);
    expect((await health.report()).reasons).toEqual(report.reasons);
  });

  it('says degraded when the store does not answer, without throwing', async () => {
    const store = new MemoryGraphStore();
    store.schemaStatus = async () => {
      throw new Error('connection refused');
    };
    const report = await new StoreHealthService(store).checkAndRepair();
    expect(report.status).toBe('degraded');
    expect(report.reasons[0]).toMatch(/connection refused/);
  });

  it('looks at the schema again only after its time to live, so /health stays one cheap read', async () => {
    let now = 0;
    const store = storeMissing([], true);
    const health = new StoreHealthService(store, 10_000, () => now);
    await health.checkAndRepair();
    const reads = store.schemaReads;
    await health.report();
    await health.report();
    expect(store.schemaReads).toBe(reads);
    now = 10_001;
    await health.report();
    expect(store.schemaReads).toBe(reads + 1);
  });
});
