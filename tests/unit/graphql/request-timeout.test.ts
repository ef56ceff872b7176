import { createServices } from '../../../src/app';
import { ConfigError, loadConfig, requestTimeoutFromEnv } from '../../../src/config';
import { InvalidArgumentError } from '../../../src/domain/errors';
import { buildGraphSchema } from '../../../src/graphql/schema';
import { GraphqlEndpoint } from '../../../src/http/graphql-server';
import { listen, type RunningServer } from '../../../src/http/http-server';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

const API_KEY = 'a-long-enough-test-key';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the request time limit', () => {
  let store: MemoryGraphStore;
  let services: ReturnType<typeof createServices>;
  let api: GraphqlEndpoint;
  let server: RunningServer | undefined;

  beforeEach(async () => {
    store = new MemoryGraphStore();
    await store.writeGraph(sampleGraph());
    services = createServices(store, 'seeds');
    api = await GraphqlEndpoint.start({
      schema: await buildGraphSchema(),
      services,
      apiKey: API_KEY,
      log: () => undefined,
      requestTimeoutMs: 150,
    });
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await api.stop();
  });

  /** The events page answers after `ms`: the slow part of a nested query. */
  const slowEvents = (ms: number) => {
    const listEvents = store.listEvents.bind(store);
    store.listEvents = async (...args) => {
      const page = await listEvents(...args);
      await sleep(ms);
      return page;
    };
  };
  const NESTED =
    '{ events(first: 5) { edges { node { id participants { role actor { name ties { type } } } } } } }';

  it('answers REQUEST_TIMEOUT when the limit passes, and starts no further work', async () => {
    slowEvents(400);
    const started = Date.now();
    const result = await api.execute(NESTED);
    const elapsed = Date.now() - started;
    expect(result).toEqual({
      errors: [
        {
          message: expect.stringContaining('longer than 150 ms'),
          extensions: { code: 'REQUEST_TIMEOUT', timeoutMs: 150 },
        },
      ],
    });
    expect(elapsed).toBeLessThan(400);
    // The page arrives later; the participants and ties below it are never read.
    const callsAtTimeout = store.calls;
    await sleep(500);
    expect(store.calls).toBe(callsAtTimeout);
  });

  it('leaves requests within the limit alone', async () => {
    slowEvents(20);
    const result = await api.execute(NESTED);
    expect(result.errors).toBeUndefined();
    expect(result.data).toHaveProperty('events.edges');
  });

  it('does not cut a mutation: a write is never abandoned halfway', async () => {
    services.ingest.ingestFolder = async () => {
      await sleep(300);
      throw new InvalidArgumentError('finished after the time limit');
    };
    const result = await api.execute(
      'mutation { ingestSources { before { actors } } }',
      {},
      `Bearer ${API_KEY}`,
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'finished after the time limit',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('over HTTP: 503 with REQUEST_TIMEOUT; refusals by the limits are 400 like validation errors', async () => {
    server = await listen({ endpoint: api, store, port: 0, host: '127.0.0.1', log: () => undefined });
    const post = async (query: string) => {
      const response = await fetch(`${server!.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, body: (await response.json()) as { errors?: unknown[] } };
    };
    slowEvents(400);
    expect(await post(NESTED)).toEqual({
      status: 503,
      body: {
        errors: [{ message: expect.any(String), extensions: { code: 'REQUEST_TIMEOUT', timeoutMs: 150 } }],
      },
    });
    const tooMany = await post(
      `{ ${Array.from({ length: 21 }, (_, i) => `c${i}: counts { actors }`).join(' ')} }`,
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX', rootFields: 21 },
    });
    const compact = `{${Array.from({ length: 400 }, (_, i) => `a${i}:counts{actors}`).join('')}}`;
    const tooLarge = await fetch(`${server.url}/graphql?query=${encodeURIComponent(compact)}`);
    expect(tooLarge.status).toBe(400);
    expect(await tooLarge.json()).toMatchObject({
      errors: [{ extensions: { code: 'QUERY_TOO_LARGE', tokens: 2001, limit: 2000 } }],
    });
    // The depth limit, for comparison: a validation error, 400 as well.
    let deep = 'name';
    for (let i = 0; i < 6; i++) deep = `events { participants { actor { ${deep} } } }`;
    const tooDeep = await post(`{ actor(id: "kellogg") { ${deep} } }`);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('is configured by REQUEST_TIMEOUT_MS (default 20000), checked at start-up', () => {
    expect(loadConfig({}).requestTimeoutMs).toBe(20000);
    expect(loadConfig({ REQUEST_TIMEOUT_MS: '45000' }).requestTimeoutMs).toBe(45000);
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '20s' })).toThrow(ConfigError);
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '20s' })).toThrow(/REQUEST_TIMEOUT_MS must be a number/);
  });

  it('reads REQUEST_TIMEOUT_MS when the composition root passes none', () => {
    expect(requestTimeoutFromEnv({})).toBe(20000);
    expect(requestTimeoutFromEnv({ REQUEST_TIMEOUT_MS: '5000' })).toBe(5000);
    expect(requestTimeoutFromEnv({ REQUEST_TIMEOUT_MS: '' })).toBe(20000);
  });
});
