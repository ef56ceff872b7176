import { InvalidArgumentError, NotFoundError } from '../../../src/domain/errors';
import { CliUsageError, parseExportCliArgs } from '../../../src/export/cli-args';
import { ExportService } from '../../../src/export/export.service';
import { findFormat } from '../../../src/export/formats';
import { resolveSelection, selectionFileStem } from '../../../src/export/selection';
import { parseExportQuery } from '../../../src/http/export-route';
import { NeighborhoodService } from '../../../src/services/neighborhood.service';
import { PathsService } from '../../../src/services/paths.service';
import { apiOver } from '../../support/api';
import { MemoryGraphStore } from '../../support/memory-store';
import { sampleGraph } from '../../support/sample-graph';

describe('export selections', () => {
  it('tells the whole graph, a neighbourhood and paths apart', () => {
    expect(resolveSelection(null)).toEqual({ mode: 'GRAPH', from: null, to: null });
    expect(resolveSelection({ ids: ['a', 'b', 'a'], depth: 2, from: '2025-01-01' })).toEqual({
      mode: 'NEIGHBORHOOD',
      ids: ['a', 'b'],
      depth: 2,
      limit: 500,
      from: '2025-01-01',
      to: null,
    });
    expect(resolveSelection({ fromId: 'a', toId: 'b' })).toMatchObject({
      mode: 'PATHS',
      maxHops: 4,
      first: 3,
    });
  });

  it.each([
    [{ ids: ['a'], fromId: 'b', toId: 'c' }, /either ids/],
    [{ ids: [] }, /at least one/],
    [{ depth: 2 }, /give ids/],
    [{ fromId: 'a' }, /both fromId and toId/],
    [{ maxHops: 3 }, /fromId and toId/],
    [{ ids: ['a'], first: 2 }, /apply to paths/],
    [{ from: '2025-02-30' }, /YYYY-MM-DD/],
    [{ from: '2025-03-01', to: '2025-02-01' }, /from must not be after to/],
  ])('refuses %j', (input, message) => {
    expect(() => resolveSelection(input)).toThrow(InvalidArgumentError);
    expect(() => resolveSelection(input)).toThrow(message);
  });

  it('names files after what is inside', () => {
    expect(selectionFileStem(resolveSelection({ ids: ['alexander-lukashenko'], depth: 2 }))).toBe(
      'polgraph-alexander-lukashenko-depth2',
    );
    expect(selectionFileStem(resolveSelection({ ids: ['a', 'b', 'c', 'd', 'e'] }))).toBe(
      'polgraph-a-b-c-and-2-more-depth1',
    );
    expect(
      selectionFileStem(resolveSelection({ fromId: 'Łukasz "x"/..', toId: 'b', to: '2025-12-31' })),
    ).toBe('polgraph-paths-lukasz-x-to-b-to-2025-12-31');
    expect(selectionFileStem(resolveSelection({ from: '2025-01-01' }))).toBe(
      'polgraph-graph-from-2025-01-01',
    );
  });

  it('reads formats by URL name or GraphQL name', () => {
    expect(findFormat('gexf-1.2')?.id).toBe('gexf-1.2');
    expect(findFormat('GEXF_1_2')?.id).toBe('gexf-1.2');
    expect(findFormat('CSV-Nodes')?.id).toBe('csv-nodes');
    expect(findFormat('dot')).toBeNull();
  });

  it('parses the download URL query, refusing unknown or malformed parameters', () => {
    expect(
      parseExportQuery(new URLSearchParams('ids=a,b&ids=c&depth=2&from=2025-01-01&maxHops=3&toId=x')),
    ).toEqual({ ids: ['a', 'b', 'c'], depth: 2, from: '2025-01-01', maxHops: 3, toId: 'x' });
    expect(() => parseExportQuery(new URLSearchParams('id=a'))).toThrow(/unknown parameter "id"/);
    expect(() => parseExportQuery(new URLSearchParams('depth=two'))).toThrow(/depth must be an integer/);
    expect(() => parseExportQuery(new URLSearchParams('depth=1&depth=2'))).toThrow(/more than once/);
  });

  it('parses the command line', () => {
    expect(
      parseExportCliArgs([
        '--format',
        'gexf',
        '--actor',
        'alexander-lukashenko',
        '--depth',
        '2',
        '--out',
        'x.gexf',
      ]),
    ).toEqual({
      format: 'gexf',
      selection: { ids: ['alexander-lukashenko'], depth: 2 },
      out: 'x.gexf',
      help: false,
    });
    expect(
      parseExportCliArgs([
        '-f',
        'csv-edges',
        '--from-id',
        'a',
        '--to-id',
        'b',
        '--max-hops',
        '3',
        '--to',
        '2025-12-31',
      ]),
    ).toMatchObject({ selection: { fromId: 'a', toId: 'b', maxHops: 3, to: '2025-12-31' }, out: null });
    expect(() => parseExportCliArgs(['--actor', 'a'])).toThrow(CliUsageError);
    expect(() => parseExportCliArgs(['--format', 'dot'])).toThrow(/unknown format/);
    expect(() => parseExportCliArgs(['--format', 'gexf', '--depht', '2'])).toThrow(CliUsageError);
    expect(() => parseExportCliArgs(['--format', 'gexf', '--depth', 'x'])).toThrow(/integer/);
  });
});

describe('ExportService over the in-memory store', () => {
  let store: MemoryGraphStore;
  let service: ExportService;
  beforeEach(async () => {
    store = new MemoryGraphStore();
    await store.writeGraph(sampleGraph());
    service = new ExportService(
      store,
      new NeighborhoodService(store),
      new PathsService(store),
      () => '2025-07-01',
    );
  });

  const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();

  it('exports the whole graph: every actor and event, every participation and tie', async () => {
    const graph = await service.graph(resolveSelection(null));
    expect(ids(graph.nodes)).toEqual(
      ['kellogg', 'lukashenko', 'tsikhanouski', 'tsikhanouskaya', 'shraibman', 'meeting', 'release'].sort(),
    );
    expect(ids(graph.edges)).toEqual(['p-kellogg', 'p-lukashenko', 'p-released', 'p-releaser', 'tie-spouse']);
    expect(graph.nodes.find((n) => n.id === 'shraibman')?.documentIds).toEqual(['doc-a', 'doc-b']);
    expect(graph.generated).toBe('2025-07-01');
  });

  it('pages through actors and events with the keyset pagination', async () => {
    const pages: (string | null)[] = [];
    const listActors = store.listActors.bind(store);
    store.listActors = (query) => {
      pages.push(query.after);
      return listActors({ ...query, limit: 2 });
    };
    const graph = await service.graph(resolveSelection(null));
    expect(graph.nodes.filter((n) => n.type === 'ACTOR')).toHaveLength(5);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toBeNull();
  });

  it('limits the whole graph to a time window: overlapping events, their actors, ties in force', async () => {
    const graph = await service.graph(resolveSelection({ from: '2025-06-01', to: '2025-06-10' }));
    // The June release overlaps; the 21 June meeting does not, nor do Kellogg and Shraibman.
    expect(ids(graph.nodes)).toEqual(['lukashenko', 'release', 'tsikhanouskaya', 'tsikhanouski']);
    expect(ids(graph.edges)).toEqual(['p-released', 'p-releaser', 'tie-spouse']);
  });

  it('exports a neighbourhood and the union of paths', async () => {
    const hood = await service.graph(resolveSelection({ ids: ['kellogg'], depth: 2 }));
    expect(ids(hood.nodes)).toEqual(['kellogg', 'lukashenko', 'meeting']);
    expect(ids(hood.edges)).toEqual(['p-kellogg', 'p-lukashenko']);
    const paths = await service.graph(
      resolveSelection({ fromId: 'tsikhanouskaya', toId: 'kellogg', maxHops: 6 }),
    );
    expect(paths.nodes.map((n) => n.id)).toEqual([
      'tsikhanouskaya',
      'tsikhanouski',
      'lukashenko',
      'kellogg',
      'release',
      'meeting',
    ]);
    expect(paths.edges).toHaveLength(5);
  });

  it('reports unknown ids and invalid ranges as the services do', async () => {
    await expect(service.export('gexf', { ids: ['nobody'] })).rejects.toThrow(NotFoundError);
    await expect(service.export('gexf', { ids: ['kellogg'], depth: 9 })).rejects.toThrow(
      InvalidArgumentError,
    );
    await expect(service.export('gexf', { fromId: 'kellogg', toId: 'nobody' })).rejects.toThrow(
      NotFoundError,
    );
  });

  it('returns the file with its media type, name and counts', async () => {
    const document = await service.export('graphml', { ids: ['lukashenko'], depth: 1 });
    expect(document).toMatchObject({
      format: 'graphml',
      mediaType: 'application/graphml+xml',
      fileName: 'polgraph-lukashenko-depth1.graphml',
      nodeCount: 3,
      edgeCount: 2,
      truncated: false,
    });
    expect(document.content).toContain('<graphml');
  });

  it('serves the export query through GraphQL', async () => {
    const api = await apiOver(store);
    try {
      const result = await api.execute(
        `query ($selection: ExportSelection) { export(format: GEXF_1_2, selection: $selection) {
          format mediaType fileName content nodeCount edgeCount truncated } }`,
        { selection: { ids: ['lukashenko'], depth: 1 } },
      );
      expect(result.errors).toBeUndefined();
      const exported = result.data?.['export'] as Record<string, unknown>;
      expect(exported).toMatchObject({
        format: 'GEXF_1_2',
        mediaType: 'application/gexf+xml',
        fileName: 'polgraph-lukashenko-depth1-1.2draft.gexf',
        nodeCount: 3,
        edgeCount: 2,
        truncated: false,
      });
      expect(exported['content']).toContain('http://www.gexf.net/1.2draft');
      const bad = await api.execute(`{ export(format: JGF, selection: { ids: ["nobody"] }) { content } }`);
      expect(bad.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
      const whole = await api.execute(`{ export(format: CSV_NODES) { nodeCount fileName } }`);
      expect(whole.data?.['export']).toEqual({ nodeCount: 7, fileName: 'polgraph-graph-nodes.csv' });
    } finally {
      await api.stop();
    }
  });
});
