import { chunkIterator } from '../../../src/adapters/shared/graph-chunks';
import { PlannedChunks } from '../../../src/adapters/shared/planned-chunks';
import type { GraphBatch } from '../../../src/domain/graph';
import { emptyBatch } from '../../../src/domain/graph-diff';
import { sampleGraph } from '../../support/sample-graph';

/** A source of chunks that counts how often it is asked, and says when it has finished. */
function countedSource(chunks: readonly GraphBatch[]): {
  calls: () => number;
  iterable: Iterable<GraphBatch>;
} {
  let calls = 0;
  let at = 0;
  const iterator: Iterator<GraphBatch> = {
    next: () => {
      calls++;
      const value = chunks[at++];
      return value ? { done: false, value } : { done: true, value: undefined };
    },
  };
  return { calls: () => calls, iterable: { [Symbol.iterator]: () => iterator } };
}

describe('PlannedChunks (a write, chunk by chunk)', () => {
  const graph = sampleGraph();
  const people = { ...emptyBatch(), actors: graph.actors, documents: graph.documents };
  const events = { ...emptyBatch(), events: graph.events, places: graph.places };

  it('shows the first chunk without taking it, then hands out each chunk once, in order', async () => {
    const source = countedSource([people, events]);
    const chunks = new PlannedChunks(chunkIterator(source.iterable));
    const peeked = await chunks.peek();
    expect(await chunks.peek()).toBe(peeked);
    expect(source.calls()).toBe(1);
    expect(await chunks.take()).toBe(peeked);
    expect(peeked?.steps.map((step) => step.query)).toContain('write_actors');
    expect(peeked?.eventIds).toEqual([]);

    const second = await chunks.take();
    expect(second?.steps.map((step) => step.query)).toContain('write_events');
    expect(second?.eventIds).toEqual(graph.events.map((event) => event.id));
    expect(await chunks.take()).toBeNull();
    expect(await chunks.peek()).toBeNull();
  });

  it('asks a finished source nothing more, so that it can be let go', async () => {
    const source = countedSource([people]);
    const iterator = chunkIterator(source.iterable);
    const chunks = new PlannedChunks(iterator);
    await chunks.take();
    expect(await chunks.take()).toBeNull();
    expect(await chunks.take()).toBeNull();
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
    // One call per chunk and one that said "done": none after.
    expect(source.calls()).toBe(2);
  });
});
