import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServices, openStore, startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { buildGraphSchema } from '../../src/graphql/schema';
import { GraphqlEndpoint } from '../../src/http/graphql-server';
import type { GraphStore } from '../../src/ports/graph-store.port';
import {
  DASHBOARD_QUESTION,
  DEEPER_QUESTION,
  EVERY_FIELD_QUESTION,
  FRAGMENTS_QUESTION,
  LUKASHENKO,
  MIXED_QUESTION,
  NAMES_QUESTION,
  PAGED_EVENTS_QUESTION,
  PAGED_TIES_QUESTION,
} from '../support/nested-questions';
import { SEEDS_ROOT } from '../support/seeds';

/** Counts the calls of every port method of a store. */
function counted(store: GraphStore): { store: GraphStore; calls: () => number; reset: () => void } {
  let calls = 0;
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls: () => calls, reset: () => void (calls = 0) };
}

/**
 * On the embedded store, over HTTP: nested questions cost one planned read
 * per request (root fields together), and answer exactly what reading field by
 * field through the loaders answers.
 */
describe('planned reads on the seeded embedded store', () => {
  let folder: string;
  let app: RunningApp;
  let counter: ReturnType<typeof counted>;
  let levelByLevel: GraphqlEndpoint;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-e2e-planned-'));
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      KUZU_PATH: path.join(folder, 'graph.kuzu'),
      SEEDS_DIR: SEEDS_ROOT,
    });
    counter = counted(await openStore(config));
    app = await startApp(config, { store: counter.store, log: () => undefined });
    levelByLevel = await GraphqlEndpoint.start({
      schema: await buildGraphSchema(),
      services: createServices(app.store, SEEDS_ROOT, undefined, { planReads: false }),
      apiKey: null,
      log: () => undefined,
    });
  });
  afterAll(async () => {
    await levelByLevel?.stop();
    await app?.close();
    await rm(folder, { recursive: true, force: true });
  });

  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { data?: unknown; errors?: unknown };
  };

  it.each([
    ['the dashboard question', DASHBOARD_QUESTION, { id: LUKASHENKO }],
    ['a deeper question', DEEPER_QUESTION, { id: LUKASHENKO }],
    [
      'fragments, aliases and every planned root field',
      FRAGMENTS_QUESTION,
      { id: LUKASHENKO, withClaims: true },
    ],
    ['every field of actors, events, documents and places', EVERY_FIELD_QUESTION, { id: LUKASHENKO }],
    ['names only (every heavy property left out)', NAMES_QUESTION, { id: LUKASHENKO }],
    ['ties a page at a time (tiesConnection)', PAGED_TIES_QUESTION, { id: LUKASHENKO }],
    ['events a page at a time below actors (eventsConnection)', PAGED_EVENTS_QUESTION, { id: LUKASHENKO }],
  ])('%s: at most 2 store calls, the same answer as field by field', async (_name, query, variables) => {
    counter.reset();
    const planned = await post(query, variables);
    const calls = counter.calls();
    expect(planned.errors).toBeUndefined();
    expect(calls).toBeLessThanOrEqual(2);
    counter.reset();
    const expected = await levelByLevel.execute(query, variables);
    expect(expected.errors).toBeUndefined();
    expect(counter.calls()).toBeGreaterThan(calls);
    expect(planned.data).toEqual(expected.data);
  });

  it('answers a planned root field beside a search as field by field', async () => {
    const planned = await post(MIXED_QUESTION, { id: LUKASHENKO });
    expect(planned.errors).toBeUndefined();
    const expected = await levelByLevel.execute(MIXED_QUESTION, { id: LUKASHENKO });
    expect(planned.data).toEqual(expected.data);
    const hits = (planned.data as { search: { actor: { aliases: string[] } | null }[] }).search;
    expect(hits.some((hit) => (hit.actor?.aliases.length ?? 0) > 1)).toBe(true);
  });

  it("pages through an actor's ties as `ties` lists them, grouped by type, with their count", async () => {
    interface TiePage {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      edges: { cursor: string; node: { id: string; type: string } }[];
    }
    const all = (await post(`query ($id: ID) { actor(id: $id) { ties { id type } } }`, { id: LUKASHENKO }))
      .data as { actor: { ties: { id: string; type: string }[] } };
    const expected = [...all.actor.ties]
      .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : 1))
      .map((tie) => tie.id);
    expect(expected.length).toBeGreaterThan(8);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      counter.reset();
      const reply = await post(
        `query ($id: ID, $after: String) { actor(id: $id) {
          tiesConnection(first: 4, after: $after) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id type } } } } }`,
        { id: LUKASHENKO, after },
      );
      expect(reply.errors).toBeUndefined();
      // The actor, then its page as the store cuts it.
      expect(counter.calls()).toBe(2);
      const page = (reply.data as { actor: { tiesConnection: TiePage } }).actor.tiesConnection;
      expect(page.totalCount).toBe(expected.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.edges.length).toBeLessThanOrEqual(4);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);

    const leaders = (
      await post(
        `query ($id: ID) { actor(id: $id) { ties(types: [LEADER_OF]) { id }
        tiesConnection(types: [LEADER_OF], first: 100) { totalCount edges { node { id } } } } }`,
        { id: LUKASHENKO },
      )
    ).data as { actor: { ties: { id: string }[]; tiesConnection: TiePage } };
    expect(leaders.actor.tiesConnection.totalCount).toBe(leaders.actor.ties.length);
    expect(leaders.actor.tiesConnection.edges.map((edge) => edge.node.id).sort()).toEqual(
      leaders.actor.ties.map((tie) => tie.id).sort(),
    );
  });

  it('refuses a page size out of range and a cursor it did not issue', async () => {
    for (const args of ['first: 0', 'first: 101', 'after: "not-a-cursor"']) {
      const reply = await post(
        `query ($id: ID) { actor(id: $id) { tiesConnection(${args}) { totalCount } } }`,
        {
          id: LUKASHENKO,
        },
      );
      const errors = reply.errors as { extensions: { code: string } }[];
      expect(errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it("pages through an actor's events as `events` lists them, in date order, with their count", async () => {
    interface EventPage {
      totalCount: number;
      undated: number | null;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; dateStart: string | null } }[];
    }
    const listed = async (args: string) =>
      (
        (
          await post(`query ($id: ID) { actor(id: $id) { events${args} { id dateStart } } }`, {
            id: LUKASHENKO,
          })
        ).data as { actor: { events: { id: string; dateStart: string | null }[] } }
      ).actor.events;
    const pagedThrough = async (args: string) => {
      const seen: string[] = [];
      let last: EventPage | null = null;
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages++) {
        counter.reset();
        const reply = await post(
          `query ($id: ID, $after: String) { actor(id: $id) { eventsConnection(first: 3, after: $after${args}) {
            totalCount undated pageInfo { hasNextPage endCursor } edges { node { id dateStart } } } } }`,
          { id: LUKASHENKO, after },
        );
        expect(reply.errors).toBeUndefined();
        // The actor, then its page (with the undated count) as the store cuts it.
        expect(counter.calls()).toBe(2);
        last = (reply.data as { actor: { eventsConnection: EventPage } }).actor.eventsConnection;
        seen.push(...last.edges.map((edge) => edge.node.id));
        if (!last.pageInfo.hasNextPage) break;
        after = last.pageInfo.endCursor;
      }
      return { seen, last: last as EventPage };
    };

    const all = await listed('');
    expect(all.length).toBeGreaterThan(6);
    const whole = await pagedThrough('');
    expect(whole.seen).toEqual(all.map((event) => event.id));
    expect(whole.last.totalCount).toBe(all.length);
    expect(whole.last.undated).toBeNull();

    // A window: the events in it as `events` lists them, and the undated ones counted (or listed when asked).
    const window = '(from: "2025-06-01", to: "2025-09-30")';
    const inWindow = await listed(window);
    const windowed = await pagedThrough(', from: "2025-06-01", to: "2025-09-30"');
    expect(windowed.seen).toEqual(inWindow.map((event) => event.id));
    const undated = all.filter((event) => event.dateStart === null).map((event) => event.id);
    expect(inWindow.length).toBeGreaterThan(0);
    expect(undated.length).toBeGreaterThan(0);
    expect(inWindow.length + undated.length).toBeLessThan(all.length);
    expect(windowed.last.undated).toBe(undated.length);
    expect(windowed.last.totalCount).toBe(inWindow.length);
    const withUndated = await pagedThrough(', from: "2025-06-01", to: "2025-09-30", includeUndated: true');
    expect(withUndated.seen).toEqual([...inWindow.map((event) => event.id), ...undated]);
  });
});
