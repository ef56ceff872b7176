import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { sliceByCodePoints } from '../../src/domain/text';
import { copySeeds } from '../support/seeds';

const API_KEY = 'e2e-test-api-key-0123456789';

interface GraphqlResponse<T> {
  data?: T;
  errors?: {
    message: string;
    extensions?: { code?: string; problems?: { file: string; record: string; field: string }[] };
  }[];
}

describe('GraphQL over HTTP against the seeded embedded store', () => {
  let folder: string;
  let app: RunningApp;
  // The app reads a private copy of the seeds, so a test can break and mend it.
  let seeds: Awaited<ReturnType<typeof copySeeds>>;

  const post = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphqlResponse<T> };
  };
  const data = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { body } = await post<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-e2e-'));
    seeds = await copySeeds();
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      KUZU_PATH: path.join(folder, 'graph.kuzu'),
      SEEDS_DIR: seeds.root,
      API_KEY,
    });
    app = await startApp(config, { log: () => undefined });
  });
  afterAll(async () => {
    await app?.close();
    await seeds?.remove();
    await rm(folder, { recursive: true, force: true });
  });

  it('reports health with the store kind', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', store: 'kuzu' });
  });

  it.each(['Tsikhanouski', 'Tikhanovsky', 'Tykhanovsky'])(
    'finds Siarhei Tsikhanouski as %p',
    async (name) => {
      const result = await data<{ actor: { id: string } }>(
        `query($name: String) { actor(name: $name) { id } }`,
        { name },
      );
      expect(result.actor.id).toBe('siarhei-tsikhanouski');
    },
  );

  it('finds his wife as a different actor, tied to him as spouse with evidence', async () => {
    const result = await data<{
      actor: {
        id: string;
        ties: {
          type: string;
          source: { id: string };
          target: { id: string };
          evidence: { quote: string }[];
        }[];
      };
    }>(
      `{ actor(name: "Tsikhanouskaya") { id ties(types: [SPOUSE_OF]) { type source { id } target { id } evidence { quote } } } }`,
    );
    expect(result.actor.id).toBe('sviatlana-tsikhanouskaya');
    const spouse = result.actor.ties.find((t) => [t.source.id, t.target.id].includes('siarhei-tsikhanouski'));
    expect(spouse?.type).toBe('SPOUSE_OF');
    expect(spouse?.evidence.length).toBeGreaterThan(0);
  });

  it("includes the 21 June 2025 Minsk meeting in Kellogg's meetings, with evidence from at least three documents", async () => {
    const kellogg = await data<{ actor: { id: string } }>(`{ actor(name: "Kellogg") { id } }`);
    const result = await data<{
      events: {
        edges: {
          node: {
            id: string;
            date: string;
            place: { name: string } | null;
            participants: { roles: string[]; role: string; actor: { id: string } }[];
            documents: { id: string }[];
          };
        }[];
      };
    }>(
      `query($id: ID) { events(filter: { types: [MEETING], participantId: $id }, first: 50) {
          edges { node { id date place { name } participants { roles role actor { id } } documents { id } } } } }`,
      { id: kellogg.actor.id },
    );
    const meeting = result.events.edges.map((e) => e.node).find((e) => e.date === '2025-06-21');
    expect(meeting).toBeDefined();
    expect(meeting?.place?.name).toBe('Minsk');
    expect(meeting?.participants.map((p) => p.actor.id)).toEqual(
      expect.arrayContaining(['keith-kellogg', 'alexander-lukashenko']),
    );
    // Kellogg takes part once, as VISITOR and ENVOY; the deprecated `role` is the first of them.
    const kelloggs = meeting!.participants.filter((p) => p.actor.id === 'keith-kellogg');
    expect(kelloggs).toEqual([
      { roles: ['ENVOY', 'VISITOR'], role: 'ENVOY', actor: { id: 'keith-kellogg' } },
    ]);
    expect(meeting!.documents.length).toBeGreaterThanOrEqual(3);
  });

  it('serves every evidence quote exactly as the document text between its offsets', async () => {
    const result = await data<{
      documents: { id: string; text: string; evidence: { quote: string; start: number; end: number }[] }[];
    }>(`{ documents { id text evidence { quote start end } } }`);
    expect(result.documents).toHaveLength(5);
    let spans = 0;
    for (const document of result.documents) {
      for (const span of document.evidence) {
        expect(sliceByCodePoints(document.text, span.start, span.end)).toBe(span.quote);
        spans++;
      }
    }
    expect(spans).toBeGreaterThan(100);
  });

  it('pages with Relay connections and cursors', async () => {
    type Page = {
      actors: {
        totalCount: number;
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const first = await data<Page>(
      `{ actors(first: 3) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.actors.edges).toHaveLength(3);
    expect(first.actors.pageInfo.hasNextPage).toBe(true);
    const next = await data<Page>(
      `query($after: String) { actors(first: 3, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      {
        after: first.actors.pageInfo.endCursor,
      },
    );
    expect(next.actors.totalCount).toBe(first.actors.totalCount);
    expect(next.actors.edges.map((e) => e.node.id)).not.toContain(first.actors.edges[0]!.node.id);
  });

  it('ingesting twice leaves identical counts (mutation, with the API key)', async () => {
    const mutation = `mutation { ingestSources { before { actors events statements ties claims evidence } after { actors events statements ties claims evidence } } }`;
    const denied = await post(mutation);
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { body } = await post<{ ingestSources: { before: object; after: object } }>(
      mutation,
      {},
      { authorization: `Bearer ${API_KEY}` },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.ingestSources.after).toEqual(body.data!.ingestSources.before);
  });

  it('rejects a broken annotation naming file, record and field, and changes nothing', async () => {
    const counts = `{ counts { actors events statements ties claims evidence } }`;
    const before = await data<{ counts: object }>(counts);
    const file = 'annotations/000_decbe18c32b19596.yaml';
    const original = await readFile(path.join(seeds.root, file), 'utf8');
    try {
      await seeds.edit(file, (text) => text.replace(/date: ['"]?2025-06-21['"]?/, "date: '2025-06-31'"));
      const { body } = await post(
        `mutation { ingestSources { after { actors } } }`,
        {},
        { authorization: `Bearer ${API_KEY}` },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('INVALID_SOURCE');
      expect(body.errors?.[0]?.extensions?.problems).toContainEqual(
        expect.objectContaining({
          file: expect.stringContaining('000_decbe18c32b19596.yaml'),
          field: 'date',
        }),
      );
      expect(await data<{ counts: object }>(counts)).toEqual(before);
    } finally {
      await writeFile(path.join(seeds.root, file), original, 'utf8');
    }
  });

  it('returns errors with codes and never stack traces', async () => {
    const invalid = await post(`{ actors(first: 0) { totalCount } }`);
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const syntax = await post(`{ actors( }`);
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await post(`{ nothingHere }`);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const body of [invalid.body, syntax.body, unknown.body])
      expect(JSON.stringify(body)).not.toContain('stacktrace');
    const notFound = await fetch(`${app.url}/nowhere`);
    expect(notFound.status).toBe(404);
  });
});
