import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import {
  GEXF_13_XSD,
  GRAPHML_XSD,
  networkxReady,
  readWithNetworkx,
  validateJgf,
  validateXml,
  xmllintReady,
} from '../support/export-tools';
import { SEEDS_ROOT } from '../support/seeds';

interface Download {
  status: number;
  headers: Headers;
  body: string;
}

interface JgfDocument {
  graph: {
    nodes: Record<string, { label: string; metadata: Record<string, unknown> }>;
    edges: { id: string; source: string; target: string; metadata: Record<string, unknown> }[];
  };
}

const LUKASHENKO = 'alexander-lukashenko';
const MEETING = '2025-06-21-kellogg-lukashenko-meeting';

describe('graph exports over HTTP on the seeded embedded store', () => {
  let folder: string;
  let app: RunningApp;

  const download = async (format: string, query = ''): Promise<Download> => {
    const response = await fetch(`${app.url}/export/${format}${query === '' ? '' : `?${query}`}`);
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
  const graphql = async <T>(query: string): Promise<T> => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const reply = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(reply.errors).toBeUndefined();
    return reply.data as T;
  };
  const counts = (d: Download) => ({
    nodes: Number(d.headers.get('x-polgraph-node-count')),
    edges: Number(d.headers.get('x-polgraph-edge-count')),
  });

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'polgraph-export-'));
    app = await startApp(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        KUZU_PATH: path.join(folder, 'graph.kuzu'),
        SEEDS_DIR: SEEDS_ROOT,
      }),
      { log: () => undefined },
    );
  });
  afterAll(async () => {
    await app?.close();
    await rm(folder, { recursive: true, force: true });
  });

  /** What the API reports for each selection: the store's counts, and the neighbourhood query's lists. */
  const selections: {
    name: string;
    query: string;
    fileStem: string;
    expected: () => Promise<{ nodes: number; edges: number }>;
  }[] = [
    {
      name: 'the whole seed graph',
      query: '',
      fileStem: 'polgraph-graph',
      expected: async () => {
        const health = (await (await fetch(`${app.url}/health`)).json()) as {
          counts: { actors: number; events: number; participations: number; ties: number };
        };
        return {
          nodes: health.counts.actors + health.counts.events,
          edges: health.counts.participations + health.counts.ties,
        };
      },
    },
    {
      name: "Lukashenko's 2-hop neighbourhood",
      query: `ids=${LUKASHENKO}&depth=2`,
      fileStem: `polgraph-${LUKASHENKO}-depth2`,
      expected: async () => {
        const { neighborhood } = await graphql<{ neighborhood: { nodes: unknown[]; edges: unknown[] } }>(
          `{ neighborhood(ids: ["${LUKASHENKO}"], depth: 2) { nodes { id } edges { id } } }`,
        );
        return { nodes: neighborhood.nodes.length, edges: neighborhood.edges.length };
      },
    },
  ];

  describe.each(selections)('$name', ({ query, fileStem, expected }) => {
    it('downloads GraphML valid against the GraphML schema, with the counts the API reports in networkx', async () => {
      const api = await expected();
      expect(api.nodes).toBeGreaterThan(10);
      const file = await download('graphml', query);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
      expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${fileStem}.graphml"`);
      expect(counts(file)).toEqual(api);
      if (await xmllintReady()) {
        const result = await validateXml(file.body, GRAPHML_XSD, `${fileStem}.graphml`);
        console.log(`${result.command}: ${result.output}`);
        expect(result.valid).toBe(true);
      }
      if (await networkxReady()) {
        const read = await readWithNetworkx(file.body, 'graphml', `${fileStem}.graphml`);
        console.log(
          `networkx ${read.version} read_graphml ${fileStem}: ${read.nodes} nodes, ${read.edges} edges`,
        );
        expect({ nodes: read.nodes, edges: read.edges }).toEqual(api);
      }
    });

    it('downloads GEXF 1.3 valid against the GEXF 1.3 schema, dynamic, with dates as spells', async () => {
      const api = await expected();
      const file = await download('gexf', query);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
      expect(file.headers.get('content-disposition')).toBe(`attachment; filename="${fileStem}.gexf"`);
      expect(counts(file)).toEqual(api);
      expect(file.body).toMatch(/<graph mode="dynamic" timeformat="date"/);
      expect(file.body).toContain(`<nodes count="${api.nodes}">`);
      expect(file.body).toContain(`<edges count="${api.edges}">`);
      expect(file.body).toMatch(
        new RegExp(`<node id="${MEETING}" label="[^"]*" start="2025-06-21" end="2025-06-21"`),
      );
      expect(file.body).toMatch(
        new RegExp(
          `<edge id="[^"]+" source="${LUKASHENKO}" target="${MEETING}" kind="HOST"[^>]* start="2025-06-21" end="2025-06-21"`,
        ),
      );
      if (await xmllintReady()) {
        const result = await validateXml(file.body, GEXF_13_XSD, `${fileStem}.gexf`);
        console.log(`${result.command}: ${result.output}`);
        expect(result.valid).toBe(true);
      }
    });

    it('downloads GEXF 1.2draft that networkx reads with the same counts and the timeline attributes', async () => {
      const api = await expected();
      const file = await download('gexf-1.2', query);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toBe(
        `attachment; filename="${fileStem}-1.2draft.gexf"`,
      );
      if (!(await networkxReady())) return;
      const read = await readWithNetworkx(file.body, 'gexf', `${fileStem}.gexf`);
      console.log(
        `networkx ${read.version} read_gexf ${fileStem} (1.2draft): ${read.nodes} nodes, ${read.edges} edges`,
      );
      expect({ nodes: read.nodes, edges: read.edges }).toEqual(api);
      expect(read.graph['mode']).toBe('dynamic');
      expect(read.nodeData[MEETING]).toMatchObject({ start: '2025-06-21', end: '2025-06-21', type: 'EVENT' });
      expect(read.nodeData[LUKASHENKO]?.['start']).toBeUndefined();
      const dated = Object.values(read.nodeData).filter((n) => n['type'] === 'EVENT' && n['dateStart']);
      expect(dated.length).toBeGreaterThan(0);
      for (const event of dated)
        expect([event['start'], event['end']]).toEqual([event['dateStart'], event['dateEnd']]);
      const participations = read.edgeData.filter((e) => e['type'] === 'PARTICIPATION' && e['dateStart']);
      expect(participations.length).toBeGreaterThan(0);
      for (const p of participations) expect(p['start']).toBe(p['dateStart']);
      for (const tie of read.edgeData.filter((e) => e['type'] === 'TIE')) {
        expect(tie['start']).toBe(tie['dateStart']);
        if (tie['since'] !== undefined) expect(String(tie['start'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    });

    it('downloads JSON Graph Format valid against its schema, and CSV lists of the same size', async () => {
      const api = await expected();
      const jgf = await download('jgf', query);
      expect(jgf.status).toBe(200);
      expect(jgf.headers.get('content-type')).toBe('application/vnd.jgf+json; charset=utf-8');
      const document = JSON.parse(jgf.body) as JgfDocument;
      expect(Object.keys(document.graph.nodes)).toHaveLength(api.nodes);
      expect(document.graph.edges).toHaveLength(api.edges);
      const result = validateJgf(document);
      if (result !== null) expect(result.errors).toBe('[]');
      const nodes = await download('csv-nodes', query);
      const edges = await download('csv-edges', query);
      expect(nodes.headers.get('content-disposition')).toBe(`attachment; filename="${fileStem}-nodes.csv"`);
      expect(nodes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      // Seed labels have no line breaks, so rows are lines.
      expect(nodes.body.split('\r\n').filter(Boolean)).toHaveLength(api.nodes + 1);
      expect(edges.body.split('\r\n').filter(Boolean)).toHaveLength(api.edges + 1);
      const cytoscape = await download('cytoscape', query);
      const elements = (JSON.parse(cytoscape.body) as { elements: { nodes: unknown[]; edges: unknown[] } })
        .elements;
      expect([elements.nodes.length, elements.edges.length]).toEqual([api.nodes, api.edges]);
    });
  });

  it('exports the paths between two actors: the nodes and edges of the paths query', async () => {
    const { paths } = await graphql<{
      paths: { nodes: { id: string }[]; steps: { edges: { id: string }[] }[] }[];
    }>(`
      {
        paths(fromId: "sviatlana-tsikhanouskaya", toId: "keith-kellogg", maxHops: 3, first: 5) {
          nodes {
            id
          }
          steps {
            edges {
              id
            }
          }
        }
      }
    `);
    const nodes = new Set(paths.flatMap((p) => p.nodes.map((n) => n.id)));
    // Every relationship of every step, the parallel ones included.
    const edges = new Set(paths.flatMap((p) => p.steps.flatMap((s) => s.edges.map((e) => e.id))));
    const file = await download(
      'jgf',
      'fromId=sviatlana-tsikhanouskaya&toId=keith-kellogg&maxHops=3&first=5',
    );
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="polgraph-paths-sviatlana-tsikhanouskaya-to-keith-kellogg.jgf.json"',
    );
    const document = JSON.parse(file.body) as JgfDocument;
    expect(new Set(Object.keys(document.graph.nodes))).toEqual(nodes);
    expect(new Set(document.graph.edges.map((e) => e.id))).toEqual(edges);
  });

  it('limits an export to a time window', async () => {
    const file = await download('jgf', 'from=2025-06-01&to=2025-10-31');
    const document = JSON.parse(file.body) as JgfDocument;
    const events = Object.values(document.graph.nodes).filter((n) => n.metadata['type'] === 'EVENT');
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(String(event.metadata['dateEnd']) >= '2025-06-01').toBe(true);
      expect(String(event.metadata['dateStart']) <= '2025-10-31').toBe(true);
    }
    expect(Object.keys(document.graph.nodes)).toContain(MEETING);
    expect(file.headers.get('content-disposition')).toContain('polgraph-graph-from-2025-06-01-to-2025-10-31');
  });

  it('serves the same file through the GraphQL export field', async () => {
    const { export: exported } = await graphql<{
      export: { format: string; mediaType: string; fileName: string; content: string; nodeCount: number };
    }>(
      `{ export(format: CSV_EDGES, selection: { ids: ["${LUKASHENKO}"], depth: 2 }) {
          format mediaType fileName content nodeCount } }`,
    );
    const file = await download('csv-edges', `ids=${LUKASHENKO}&depth=2`);
    expect(exported).toMatchObject({
      format: 'CSV_EDGES',
      mediaType: 'text/csv',
      fileName: `polgraph-${LUKASHENKO}-depth2-edges.csv`,
      nodeCount: counts(file).nodes,
    });
    expect(exported.content).toBe(file.body);
  });

  it('answers bad requests with a JSON error, a code and 400, 404 or 405', async () => {
    const cases: [string, number, string][] = [
      ['/export/dot', 404, 'NOT_FOUND'],
      ['/export/gexf?ids=nobody', 404, 'NOT_FOUND'],
      ['/export/gexf?fromId=alexander-lukashenko&toId=nobody', 404, 'NOT_FOUND'],
      ['/export/gexf?ids=alexander-lukashenko&depth=9', 400, 'BAD_USER_INPUT'],
      ['/export/gexf?depth=2', 400, 'BAD_USER_INPUT'],
      ['/export/gexf?from=2025-13-01', 400, 'BAD_USER_INPUT'],
      ['/export/gexf?actor=alexander-lukashenko', 400, 'BAD_USER_INPUT'],
    ];
    for (const [url, status, code] of cases) {
      const response = await fetch(`${app.url}${url}`);
      expect([url, response.status]).toEqual([url, status]);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(0);
    }
    const post = await fetch(`${app.url}/export/gexf`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(((await post.json()) as { error: { code: string } }).error.code).toBe('METHOD_NOT_ALLOWED');
  });
});
