import {
  allCreated,
  diffGraph,
  emptyFingerprints,
  fingerprintOf,
  hasChanges,
} from '../../../src/domain/graph-diff';
import type { GraphBatch } from '../../../src/domain/graph';
import { sampleGraph } from '../../support/sample-graph';

/** What a store holding exactly `graph` reports. */
function storedAs(graph: GraphBatch) {
  const stored = emptyFingerprints() as unknown as Record<string, Map<string, string>>;
  for (const record of graph.actors) stored['actors']!.set(record.id, fingerprintOf(record));
  for (const record of graph.claims) stored['claims']!.set(record.id, fingerprintOf(record));
  for (const record of graph.evidence) stored['evidence']!.set(record.id, fingerprintOf(record));
  return stored as unknown as ReturnType<typeof emptyFingerprints>;
}

describe('fingerprints and the graph diff', () => {
  it('fingerprints by value, whatever the order of the keys', () => {
    expect(fingerprintOf({ a: 1, b: ['x', null] })).toBe(fingerprintOf({ b: ['x', null], a: 1 }));
    expect(fingerprintOf({ a: 1 })).not.toBe(fingerprintOf({ a: 2 }));
    expect(fingerprintOf({ a: [1, 2] })).not.toBe(fingerprintOf({ a: [2, 1] }));
  });

  it('finds every record new in an empty store', () => {
    const graph = sampleGraph();
    const changes = allCreated(graph);
    expect(changes.summary.evidence).toEqual({
      created: graph.evidence.length,
      updated: 0,
      removed: 0,
      unchanged: 0,
    });
    expect(changes.upserts.actors).toHaveLength(graph.actors.length);
  });

  it('sorts records into created, updated, removed and unchanged', () => {
    const graph = sampleGraph();
    const stored = storedAs(graph);
    const [first, ...rest] = graph.claims;
    const desired: GraphBatch = {
      ...graph,
      claims: [{ ...first!, value: 'fourteen' }, ...rest.slice(1), { ...first!, id: 'claim-new' }],
    };
    const changes = diffGraph(desired, stored);
    expect(changes.summary.claims).toEqual({ created: 1, updated: 1, removed: 1, unchanged: 0 });
    expect(changes.updated.claims).toEqual([first!.id]);
    expect(changes.removed.claims).toEqual(['claim-20']);
    expect(changes.upserts.claims.map((c) => c.id).sort()).toEqual([first!.id, 'claim-new'].sort());
    expect(changes.summary.actors).toEqual({
      created: 0,
      updated: 0,
      removed: 0,
      unchanged: graph.actors.length,
    });
    expect(hasChanges(changes)).toBe(true);
  });

  it('finds nothing to change when the store holds the same records', () => {
    const graph = sampleGraph();
    const only: GraphBatch = {
      ...graph,
      documents: [],
      places: [],
      events: [],
      participations: [],
      statements: [],
      statementAbout: [],
      ties: [],
    };
    expect(hasChanges(diffGraph(only, storedAs(graph)))).toBe(false);
  });
});
