import { StoreBusyError } from '../../../src/domain/errors';
import type { GraphBatch } from '../../../src/domain/graph';
import { IngestService } from '../../../src/services/ingest.service';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

describe('IngestService', () => {
  it('reports truthfully: everything created, then nothing changed, then exactly the edit', async () => {
    const store = new MemoryGraphStore();
    const ingest = new IngestService(store);
    const graph = sampleGraph();
    const lines: string[] = [];
    const first = await ingest.ingestGraph(graph, (line) => lines.push(line));
    expect(first.changed).toBe(true);
    expect(first.documents.map((d) => d.change)).toEqual(['created', 'created']);
    expect(lines.at(-1)).toMatch(/^graph updated: documents 2 created; actors 5 created; places 2 created/);

    lines.length = 0;
    const second = await ingest.ingestGraph(graph, (line) => lines.push(line));
    expect(second.changed).toBe(false);
    expect(second.after).toEqual(second.before);
    expect(lines.at(-1)).toBe('no change: the store already holds exactly these sources');

    const edited: GraphBatch = {
      ...graph,
      claims: graph.claims.map((c) => (c.id === 'claim-20' ? { ...c, minimum: 20, maximum: 20 } : c)),
    };
    const third = await ingest.ingestGraph(edited);
    expect(third.changes.claims).toEqual({ created: 0, updated: 1, removed: 0, unchanged: 1 });
    expect(third.documents.find((d) => d.id === 'doc-b')?.change).toBe('unchanged');
  });

  it('runs ingests one at a time, the later one finding nothing left to do', async () => {
    const store = new MemoryGraphStore();
    const ingest = new IngestService(store);
    const [a, b] = await Promise.all([ingest.ingestGraph(sampleGraph()), ingest.ingestGraph(sampleGraph())]);
    expect([a.changed, b.changed]).toEqual([true, false]);
  });

  it('refuses with STORE_BUSY an ingest that waited too long for the one before', async () => {
    const store = new MemoryGraphStore();
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    const original = store.counts.bind(store);
    let first = true;
    store.counts = async () => {
      if (first) {
        first = false;
        await blocked;
      }
      return original();
    };
    const ingest = new IngestService(store, { queueWaitMs: 20 });
    const slow = ingest.ingestGraph(sampleGraph());
    await expect(ingest.ingestGraph(sampleGraph())).rejects.toBeInstanceOf(StoreBusyError);
    release();
    expect((await slow).changed).toBe(true);
    // The queue still works after a refusal.
    expect((await ingest.ingestGraph(sampleGraph())).changed).toBe(false);
  });
});
