import type { GraphqlEndpoint } from '../../../src/http/graphql-server';
import { MAX_QUERY_DEPTH } from '../../../src/graphql/depth-limit';
import { StoreUnavailableError } from '../../../src/domain/errors';
import { apiOver } from '../../support/api';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

describe('GraphQL API over the in-memory store', () => {
  let store: MemoryGraphStore;
  let api: GraphqlEndpoint;
  const logged: unknown[] = [];

  beforeEach(async () => {
    store = new MemoryGraphStore();
    await store.writeGraph(sampleGraph());
    logged.length = 0;
    api = await apiOver(store, { apiKey: 'a-long-enough-test-key', log: (error) => logged.push(error) });
  });
  afterEach(() => api.stop());

  it('resolves an actor by spelling with its spouse tie and evidence', async () => {
    const result = await api.execute(`{
      actor(name: "Tikhanovskaya") { id ties { type source { id } target { id } evidence { quote document { id } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      actor: {
        id: 'tsikhanouskaya',
        ties: [
          {
            type: 'SPOUSE_OF',
            source: { id: 'tsikhanouskaya' },
            target: { id: 'tsikhanouski' },
            evidence: [{ quote: 'Tsikhanouski, husband of Tsikhanouskaya', document: { id: 'doc-b' } }],
          },
        ],
      },
    });
  });

  it('keeps disagreeing claims side by side on an event', async () => {
    const result = await api.execute(
      `{ event(id: "release") { claims { value document { id } evidence { quote } } } }`,
    );
    const claims = (result.data?.['event'] as { claims: { value: string }[] }).claims;
    expect(claims.map((c) => c.value).sort()).toEqual(['14', 'about 20']);
  });

  it('makes a bounded number of store round trips for a nested query, whatever the page size', async () => {
    const nested = (first: number) => `{
      actors(first: ${first}) { edges { node { name events { participants { role actor { name } } claims { value } } statements { about { name } } } } }
    }`;
    const callsFor = async (first: number) => {
      store.calls = 0;
      const result = await api.execute(nested(first));
      expect(result.errors).toBeUndefined();
      return store.calls;
    };
    // One call per relation level: the actors page, their participations, the events,
    // the events' participants, those actors, claims, statements, about-links, about-actors.
    const levels = 9;
    expect(await callsFor(1)).toBeLessThanOrEqual(levels);
    expect(await callsFor(5)).toBeLessThanOrEqual(levels);
  });

  it('rejects queries deeper than the documented limit before resolving anything', async () => {
    let selection = 'name';
    for (let i = 0; i < MAX_QUERY_DEPTH; i++)
      selection = `events { participants { actor { ${selection} } } }`;
    store.calls = 0;
    const result = await api.execute(`{ actor(id: "kellogg") { ${selection} } }`);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toContain(`exceeds the maximum of ${MAX_QUERY_DEPTH}`);
    expect(store.calls).toBe(0);
  });

  it('reports bad arguments with BAD_USER_INPUT and no internals', async () => {
    const result = await api.execute(`{ events(first: 1000) { totalCount } }`);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.stringify(result.errors)).not.toMatch(/stack|at .*\.ts/);
    const dates = await api.execute(`{ events(filter: { from: "June 2025" }) { totalCount } }`);
    expect(dates.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('hides store failures behind a stable code and logs them', async () => {
    store.listEvents = async () => {
      throw new StoreUnavailableError('connection refused to bolt://secret-host:7687');
    };
    const result = await api.execute(`{ events { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('STORE_UNAVAILABLE');
    expect(result.errors?.[0]?.message).not.toContain('secret-host');
    expect(logged).toHaveLength(1);
  });

  it('turns unexpected errors into INTERNAL_SERVER_ERROR without details', async () => {
    store.listActors = async () => {
      throw new TypeError('cannot read properties of undefined (reading "x") at kuzu.store.ts:42');
    };
    const result = await api.execute(`{ actors { totalCount } }`);
    expect(result.errors?.[0]).toEqual({
      message: 'Internal server error',
      path: ['actors'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('allows the ingest mutation only with the API key', async () => {
    const denied = await api.execute(`mutation { ingestSources { after { actors } } }`);
    expect(denied.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const wrong = await api.execute(
      `mutation { ingestSources { after { actors } } }`,
      {},
      'Bearer wrong-key-wrong-key',
    );
    expect(wrong.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
