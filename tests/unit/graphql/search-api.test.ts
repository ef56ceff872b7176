import type { GraphqlEndpoint } from '../../../src/http/graphql-server';
import { apiOver } from '../../support/api';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

describe('GraphQL search, centrality and stats over the in-memory store', () => {
  let store: MemoryGraphStore;
  let api: GraphqlEndpoint;
  beforeEach(async () => {
    store = new MemoryGraphStore();
    await store.writeGraph(sampleGraph());
    api = await apiOver(store);
  });
  afterEach(() => api.stop());

  it('returns ranked hits with label, snippet, the matched spelling and the node', async () => {
    const result = await api.execute(`{
      search(text: "Lukashenka") {
        kind score id label snippet matchedAlias
        actor { id name } statement { id } event { id title } document { id }
      }
    }`);
    expect(result.errors).toBeUndefined();
    const hits = result.data?.['search'] as Record<string, unknown>[];
    expect(hits[0]).toEqual({
      kind: 'ACTOR',
      score: 1,
      id: 'lukashenko',
      label: 'Alexander Lukashenko',
      snippet: 'Alexander Lukashenko (sample)',
      matchedAlias: 'Lukashenka',
      actor: { id: 'lukashenko', name: 'Alexander Lukashenko' },
      statement: null,
      event: null,
      document: null,
    });
    const meeting = hits.find((hit) => hit['id'] === 'meeting');
    expect(meeting).toMatchObject({
      kind: 'EVENT',
      label: 'Kellogg meets Lukashenko',
      matchedAlias: null,
      event: { id: 'meeting', title: 'Kellogg meets Lukashenko' },
      actor: null,
    });
  });

  it('labels statements and documents with their text', async () => {
    const result = await api.execute(`{ search(text: "sanctions", first: 5) { kind id label snippet } }`);
    expect(result.errors).toBeUndefined();
    const hits = result.data?.['search'] as { kind: string; id: string; label: string; snippet: string }[];
    expect(hits[0]).toEqual({
      kind: 'STATEMENT',
      id: 'st-sanctions',
      label: 'Sanctions will be eased,',
      snippet: 'Sanctions will be eased,',
    });
    expect(hits.find((hit) => hit.id === 'doc-a')).toMatchObject({
      kind: 'DOCUMENT',
      label: 'Envoy in Minsk',
    });
  });

  it('resolves hit nodes in batches: a bounded number of store calls whatever `first`', async () => {
    const query = (first: number) =>
      `{ search(text: "prisoners Lukashenko Kellogg sanctions", first: ${first}) { label snippet actor { name } event { title } statement { text } document { title } } }`;
    const calls = async (first: number) => {
      store.calls = 0;
      const result = await api.execute(query(first));
      expect(result.errors).toBeUndefined();
      return store.calls;
    };
    // Alias count, full-text search, then one by-id call per node kind.
    expect(await calls(2)).toBeLessThanOrEqual(7);
    expect(await calls(20)).toBeLessThanOrEqual(7);
  });

  it('rejects blank text and out-of-range sizes with BAD_USER_INPUT', async () => {
    for (const query of [
      `{ search(text: "  ") { id } }`,
      `{ search(text: "x", first: 51) { id } }`,
      `{ centrality(metric: DEGREE, top: 101) { rank } }`,
      `{ centrality(metric: PAGERANK, top: 0) { rank } }`,
    ]) {
      const result = await api.execute(query);
      expect({ query, code: result.errors?.[0]?.extensions?.['code'] }).toEqual({
        query,
        code: 'BAD_USER_INPUT',
      });
    }
  });

  it('ranks actors by centrality with their records', async () => {
    const result = await api.execute(
      `{ centrality(metric: DEGREE, top: 2) { rank score actor { id name } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.['centrality']).toEqual([
      { rank: 1, score: 2 / 3, actor: { id: 'lukashenko', name: 'Alexander Lukashenko' } },
      { rank: 2, score: 2 / 3, actor: { id: 'tsikhanouski', name: 'Siarhei Tsikhanouski' } },
    ]);
  });

  it('serves graph statistics', async () => {
    const result = await api.execute(`{ stats {
      counts { documents actors events participations statements ties claims evidence places }
      eventTypes { type count } actorKinds { kind count }
      documents { documentId document { title } events participations statements ties claims evidence }
    } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.['stats']).toEqual({
      counts: {
        documents: 2,
        actors: 5,
        events: 2,
        participations: 4,
        statements: 1,
        ties: 1,
        claims: 2,
        evidence: 8,
        places: 2,
      },
      eventTypes: [
        { type: 'MEETING', count: 1 },
        { type: 'RELEASE', count: 1 },
      ],
      actorKinds: [{ kind: 'PERSON', count: 5 }],
      documents: [
        {
          documentId: 'doc-a',
          document: { title: 'Envoy in Minsk' },
          events: 1,
          participations: 0,
          statements: 1,
          ties: 0,
          claims: 1,
          evidence: 4,
        },
        {
          documentId: 'doc-b',
          document: { title: null },
          events: 1,
          participations: 0,
          statements: 0,
          ties: 1,
          claims: 1,
          evidence: 4,
        },
      ],
    });
  });
});
