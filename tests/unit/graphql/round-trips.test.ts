import { buildGraph } from '../../../src/ingest/graph-builder';
import { readSources } from '../../../src/ingest/source-files';
import type { GraphqlEndpoint } from '../../../src/http/graphql-server';
import { apiOver } from '../../support/api';
import { MemoryGraphStore } from '../../support/memory-store';
import { SEEDS_ROOT } from '../../support/seeds';

/** A nested query costs one store round trip per level, not one per node (no N+1). */
describe('store round trips of nested queries', () => {
  let store: MemoryGraphStore;
  let api: GraphqlEndpoint;

  beforeAll(async () => {
    store = new MemoryGraphStore();
    await store.writeGraph(buildGraph(await readSources(SEEDS_ROOT)));
    api = await apiOver(store);
  });
  afterAll(() => api.stop());

  const roundTrips = async (query: string): Promise<{ calls: number; nodes: number }> => {
    store.calls = 0;
    const result = await api.execute(query);
    expect(result.errors).toBeUndefined();
    return { calls: store.calls, nodes: JSON.stringify(result.data).split('"name"').length - 1 };
  };

  it('are the same for a page of 5 actors and a page of 50', async () => {
    const nested = (first: number) =>
      `{ actors(first: ${first}) { edges { node { events { participants { actor { name } } } } } } }`;
    const small = await roundTrips(nested(5));
    const large = await roundTrips(nested(50));
    expect(large.nodes).toBeGreaterThan(small.nodes * 3);
    // actors page + count, participations, events, participants, their actors
    expect(large.calls).toBe(small.calls);
    expect(large.calls).toBeLessThanOrEqual(5);
  });

  it('stay bounded for paths and neighbourhoods with their evidence', async () => {
    const paths =
      await roundTrips(`{ paths(fromId: "sviatlana-tsikhanouskaya", toId: "keith-kellogg", first: 5) {
      nodes { label } steps { edge { evidence { quote document { title } } } from { actor { name } } } } }`);
    expect(paths.calls).toBeLessThanOrEqual(12);
    const hood = await roundTrips(`{ neighborhood(ids: ["alexander-lukashenko"], depth: 2) {
      nodes { id label event { title } actor { name } } edges { evidence { quote document { id } } } } }`);
    expect(hood.calls).toBeLessThanOrEqual(16);
  });
});
