import { createServices } from '../../../src/app';
import { buildGraphSchema } from '../../../src/graphql/schema';
import { buildGraph } from '../../../src/ingest/graph-builder';
import { readSources } from '../../../src/ingest/source-files';
import { GraphqlEndpoint } from '../../../src/http/graphql-server';
import { apiOver } from '../../support/api';
import { MemoryGraphStore } from '../../support/memory-store';
import {
  DASHBOARD_QUESTION,
  DEEPER_QUESTION,
  FRAGMENTS_QUESTION,
  LUKASHENKO,
} from '../../support/nested-questions';
import { SEEDS_ROOT } from '../../support/seeds';

describe('store round trips of nested queries', () => {
  let store: MemoryGraphStore;
  let api: GraphqlEndpoint;
  /** The same API reading field by field through the loaders: the answers planned reads must equal. */
  let unplanned: GraphqlEndpoint;

  beforeAll(async () => {
    store = new MemoryGraphStore();
    await store.writeGraph(buildGraph(await readSources(SEEDS_ROOT)));
    api = await apiOver(store);
    unplanned = await GraphqlEndpoint.start({
      schema: await buildGraphSchema(),
      services: createServices(store, 'seeds', undefined, { planReads: false }),
      apiKey: null,
      log: () => undefined,
    });
  });
  afterAll(async () => {
    await api.stop();
    await unplanned.stop();
  });

  const roundTrips = async (
    query: string,
    variables: Record<string, unknown> = {},
    endpoint: GraphqlEndpoint = api,
  ): Promise<{ calls: number; nodes: number; data: unknown }> => {
    store.calls = 0;
    const result = await endpoint.execute(query, variables);
    expect(result.errors).toBeUndefined();
    const data = result.data;
    return { calls: store.calls, nodes: JSON.stringify(data).split('"name"').length - 1, data };
  };

  it('are the same for a page of 5 actors and a page of 50', async () => {
    const nested = (first: number) =>
      `{ actors(first: ${first}) { edges { node { events { participants { actor { name } } } } } } }`;
    const small = await roundTrips(nested(5));
    const large = await roundTrips(nested(50));
    expect(large.nodes).toBeGreaterThan(small.nodes * 3);
    // One planned read: the page and every level below it.
    expect(large.calls).toBe(small.calls);
    expect(large.calls).toBe(1);
  });

  it.each([
    ['the dashboard question', DASHBOARD_QUESTION],
    ['a deeper question', DEEPER_QUESTION],
  ])('%s costs at most 2 store calls (was one per level), with the same answer', async (_name, query) => {
    const variables = { id: LUKASHENKO };
    const planned = await roundTrips(query, variables);
    const levelByLevel = await roundTrips(query, variables, unplanned);
    expect(planned.data).toEqual(levelByLevel.data);
    expect(planned.nodes).toBeGreaterThan(40);
    expect(planned.calls).toBeLessThanOrEqual(2);
    expect(levelByLevel.calls).toBeGreaterThan(8);
  });

  it('plans through fragments, aliases and directives, for every planned root field', async () => {
    const variables = { id: LUKASHENKO, withClaims: true };
    const planned = await roundTrips(FRAGMENTS_QUESTION, variables);
    const levelByLevel = await roundTrips(FRAGMENTS_QUESTION, variables, unplanned);
    expect(planned.data).toEqual(levelByLevel.data);
    expect(planned.calls).toBeLessThanOrEqual(2);
    const skipped = await roundTrips(FRAGMENTS_QUESTION, { ...variables, withClaims: false });
    expect(skipped.calls).toBeLessThanOrEqual(2);
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
