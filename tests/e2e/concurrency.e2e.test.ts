import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { copySeeds } from '../support/seeds';

const API_KEY = 'e2e-concurrency-api-key-0123456789';
const EDITED = 'documents/001_78f193878130a4b8.txt';
const NOTE = 'EDITOR NOTE: corrected. ';

interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Writes while others read (the short version of tests/stress/concurrency.ts):
 * readers loop over full-text search while ingests that really change the graph
 * run one after another. No read may fail but with the documented, retryable
 * STORE_BUSY; every ingest completes or is refused cleanly; afterwards search
 * works and /health is ok.
 */
describe('reads during writes on the embedded store', () => {
  let folder: string;
  let app: RunningApp;
  let seeds: Awaited<ReturnType<typeof copySeeds>>;

  const post = async (query: string, headers: Record<string, string> = {}): Promise<GraphqlResponse> => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as GraphqlResponse;
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-e2e-concurrency-'));
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

  it('serves every read while ingests change the graph, and keeps search and health whole', async () => {
    const readerErrors: string[] = [];
    let reads = 0;
    let writing = true;
    const reader = async (query: string) => {
      while (writing) {
        const body = await post(query);
        reads++;
        for (const error of body.errors ?? []) {
          if (error.extensions?.code !== 'STORE_BUSY')
            readerErrors.push(`${error.extensions?.code}: ${error.message}`);
        }
      }
    };
    const readers = [
      reader('{ search(text: "prisoners released", first: 5) { kind id } }'),
      reader('{ statements(filter: { text: "Lukashenko" }, first: 5) { totalCount edges { node { id } } } }'),
      reader('{ search(text: "Kellogg Minsk", first: 5) { kind id } }'),
    ];

    const outcomes: string[] = [];
    for (let round = 0; round < 4; round++) {
      // Every round really writes: the edited document goes in, then comes out again.
      await seeds.edit(EDITED, (text) => (text.startsWith(NOTE) ? text.slice(NOTE.length) : NOTE + text));
      const writes = await Promise.all(
        [0, 1, 2].map(() =>
          post('mutation { ingestSources { changed } }', { authorization: `Bearer ${API_KEY}` }),
        ),
      );
      for (const body of writes) {
        const code = body.errors?.[0]?.extensions?.code;
        outcomes.push(code ?? (body.data?.['ingestSources'] as { changed: boolean }).changed.toString());
      }
    }
    writing = false;
    await Promise.all(readers);

    expect(readerErrors).toEqual([]);
    expect(reads).toBeGreaterThan(12);
    // Each round: the first ingest writes, the two queued behind it find nothing left to do.
    expect(outcomes.filter((o) => o === 'true')).toHaveLength(4);
    expect(outcomes.every((o) => o === 'true' || o === 'false' || o === 'STORE_BUSY')).toBe(true);

    const after = await post('{ search(text: "prisoners released", first: 5) { kind id } }');
    expect(after.errors).toBeUndefined();
    expect((after.data?.['search'] as unknown[]).length).toBeGreaterThan(0);
    const health = (await (await fetch(`${app.url}/health`)).json()) as { status: string; reasons: string[] };
    expect(health).toMatchObject({ status: 'ok', reasons: [] });
  });
});
