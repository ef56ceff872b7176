import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { copySeeds } from '../support/seeds';

const API_KEY = 'e2e-search-api-key-0123456789';

interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

interface Hit {
  kind: string;
  id: string;
  score: number;
  label: string;
  snippet: string | null;
  matchedAlias: string | null;
  actor: { id: string; name: string } | null;
}

describe('search, centrality and stats over HTTP against the seeded embedded store', () => {
  let folder: string;
  let app: RunningApp;
  let seeds: Awaited<ReturnType<typeof copySeeds>>;

  const post = async <T>(query: string, variables: Record<string, unknown> = {}, headers = {}) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<T>;
  };
  const data = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const body = await post<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };
  const search = async (text: string, first = 10) =>
    (
      await data<{ search: Hit[] }>(
        `query($text: String!, $first: Int) { search(text: $text, first: $first) {
          kind id score label snippet matchedAlias actor { id name } } }`,
        { text, first },
      )
    ).search;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-e2e-search-'));
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

  it.each([
    ['Tsikhanousky', 'siarhei-tsikhanouski', 'Siarhei Tsikhanouski'],
    ['Lukashenka', 'alexander-lukashenko', 'Alexander Lukashenko'],
    ['Kellog', 'keith-kellogg', 'Keith Kellogg'],
    ['Tikhanovskaya', 'sviatlana-tsikhanouskaya', 'Sviatlana Tsikhanouskaya'],
  ])('search(%p) ranks %s first', async (text, id, name) => {
    const [first] = await search(text);
    expect(first).toMatchObject({ kind: 'ACTOR', id, label: name, actor: { id, name } });
    expect(first!.score).toBeGreaterThan(0.5);
  });

  it('names the spelling that matched', async () => {
    const [first] = await search('Lukashenka');
    expect(first?.matchedAlias).toBe('Lukashenka');
  });

  it('finds statements, events and documents by their words, with snippets', async () => {
    const hits = await search('prisoners released', 30);
    const kinds = new Set(hits.map((hit) => hit.kind));
    expect(kinds).toEqual(new Set(['STATEMENT', 'EVENT', 'DOCUMENT']));
    const document = hits.find((hit) => hit.kind === 'DOCUMENT');
    expect(document?.snippet?.toLowerCase()).toMatch(/prisoner|releas/);
    for (const hit of hits) expect(hit.score).toBeLessThanOrEqual(0.5);
  });

  it('rejects blank text with BAD_USER_INPUT', async () => {
    const body = await post(`{ search(text: "   ") { id } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each(['DEGREE', 'PAGERANK'])('puts Lukashenko among the top 3 by %s', async (metric) => {
    const result = await data<{ centrality: { rank: number; score: number; actor: { id: string } }[] }>(
      `query($metric: CentralityMetric!) { centrality(metric: $metric, top: 3) { rank score actor { id } } }`,
      { metric },
    );
    expect(result.centrality.map((c) => c.rank)).toEqual([1, 2, 3]);
    expect(result.centrality.map((c) => c.actor.id)).toContain('alexander-lukashenko');
  });

  it('ranks by betweenness too, deterministically', async () => {
    const query = `{ centrality(metric: BETWEENNESS, top: 10) { rank score actor { id } } }`;
    const first = await data<{ centrality: unknown[] }>(query);
    expect(first.centrality).toHaveLength(10);
    expect(await data(query)).toEqual(first);
  });

  it('serves statistics that add up to the counts', async () => {
    const { stats } = await data<{
      stats: {
        counts: { events: number; actors: number; evidence: number; documents: number };
        eventTypes: { type: string; count: number }[];
        actorKinds: { kind: string; count: number }[];
        documents: { documentId: string; document: { id: string }; events: number; evidence: number }[];
      };
    }>(`{ stats { counts { events actors evidence documents } eventTypes { type count }
          actorKinds { kind count } documents { documentId document { id } events evidence } } }`);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(stats.eventTypes.map((t) => t.count))).toBe(stats.counts.events);
    expect(sum(stats.actorKinds.map((k) => k.count))).toBe(stats.counts.actors);
    expect(stats.documents).toHaveLength(stats.counts.documents);
    expect(sum(stats.documents.map((d) => d.evidence))).toBe(stats.counts.evidence);
    for (const d of stats.documents) expect(d.document.id).toBe(d.documentId);
  });

  it('still searches after an ingest rebuilds the full-text indexes', async () => {
    const body = await post(
      `mutation { ingestSources { after { actors } } }`,
      {},
      { authorization: `Bearer ${API_KEY}` },
    );
    expect(body.errors).toBeUndefined();
    expect((await search('Kellog'))[0]?.id).toBe('keith-kellogg');
    expect((await search('prisoners released', 30)).some((hit) => hit.kind === 'DOCUMENT')).toBe(true);
  });
});
