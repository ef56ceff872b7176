import cytoscape from 'cytoscape';
import { toCsvEdges, toCsvNodes } from '../../../src/export/csv';
import { toCytoscape } from '../../../src/export/cytoscape';
import { toGexf } from '../../../src/export/gexf';
import { toGraphml } from '../../../src/export/graphml';
import { toJgf } from '../../../src/export/jgf';
import type { ExportGraph } from '../../../src/export/model';
import { escapeAttr, IdMap, nmtoken } from '../../../src/export/xml';
import {
  GEXF_13_XSD,
  GRAPHML_XSD,
  networkxReady,
  readWithNetworkx,
  validateJgf,
  validateXml,
  xmllintReady,
} from '../../support/export-tools';
import {
  NASTY_ID,
  NASTY_LABEL,
  sampleExportGraph,
  withDatedTie,
  withNastyNames,
} from '../../support/sample-export-graph';

const sample = () => sampleExportGraph(withDatedTie);
const nasty = () => sampleExportGraph((b) => withNastyNames(withDatedTie(b)));
/** What a reader gets back for the nasty label: XML cannot carry U+0001. */
const NASTY_READ_BACK = NASTY_LABEL.replace('\u0001', '\uFFFD');

/** The start tag of the element with this id, e.g. `<node id="meeting" …>`. */
function startTag(xml: string, element: 'node' | 'edge', id: string): string {
  const tag = xml.split('\n').find((line) => line.trim().startsWith(`<${element} id="${id}"`));
  if (tag === undefined) throw new Error(`no <${element} id="${id}">`);
  return tag;
}

/** RFC 4180 parsing, enough to read back what the CSV writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('export writers on the sample graph', () => {
  it('flattens records with documents, weights and day ranges', () => {
    const graph = sample();
    expect(graph.nodes).toHaveLength(7);
    expect(graph.edges).toHaveLength(6);
    const release = graph.nodes.find((n) => n.id === 'release');
    expect(release).toMatchObject({
      type: 'EVENT',
      kind: 'RELEASE',
      date: '2025-06',
      datePrecision: 'MONTH',
      dateStart: '2025-06-01',
      dateEnd: '2025-06-30',
      documentIds: ['doc-b'],
      weight: 1,
    });
    const lukashenko = graph.nodes.find((n) => n.id === 'lukashenko');
    expect(lukashenko).toMatchObject({ weight: 2, documentIds: ['doc-a', 'doc-b'], evidenceCount: 2 });
    const participation = graph.edges.find((e) => e.id === 'p-releaser');
    expect(participation).toMatchObject({
      type: 'PARTICIPATION',
      kind: 'RELEASING_AUTHORITY',
      role: 'RELEASING_AUTHORITY',
      dateStart: '2025-06-01',
      dateEnd: '2025-06-30',
      directed: true,
    });
    expect(graph.edges.find((e) => e.id === 'tie-spouse')).toMatchObject({
      directed: false,
      role: 'wife',
      dateStart: null,
      dateEnd: null,
    });
    expect(graph.edges.find((e) => e.id === 'tie-deputy')).toMatchObject({
      since: '2020',
      until: '2025-06',
      dateStart: '2020-01-01',
      dateEnd: '2025-06-30',
    });
  });

  describe('GraphML', () => {
    it('is valid against the GraphML 1.0 schema, also with names that need escaping', async () => {
      if (!(await xmllintReady())) return;
      for (const [name, graph] of [
        ['sample.graphml', sample()],
        ['nasty.graphml', nasty()],
      ] as const) {
        const result = await validateXml(toGraphml(graph), GRAPHML_XSD, name);
        expect(result.output).toContain('validates');
        expect(result.valid).toBe(true);
      }
    });

    it('reads back in networkx with every node, edge and attribute', async () => {
      if (!(await networkxReady())) return;
      const graph = nasty();
      const read = await readWithNetworkx(toGraphml(graph), 'graphml', 'nasty.graphml');
      expect(read.nodes).toBe(graph.nodes.length);
      expect(read.edges).toBe(graph.edges.length);
      expect(read.directed).toBe(true);
      expect(read.nodeData['release']).toMatchObject({
        label: 'Prisoners released',
        type: 'EVENT',
        kind: 'RELEASE',
        datePrecision: 'MONTH',
        dateStart: '2025-06-01',
        dateEnd: '2025-06-30',
        weight: 1,
        documentIds: 'doc-b',
      });
      expect(read.nodeData[nmtoken(NASTY_ID)]?.['label']).toBe(NASTY_READ_BACK);
      const spouse = read.edgeData.find((e) => e['kind'] === 'SPOUSE_OF');
      expect(spouse).toMatchObject({ directed: false, role: 'wife', weight: 1, type: 'TIE' });
      expect(read.edgeData.filter((e) => e._source === nmtoken(NASTY_ID))).toHaveLength(1);
    });
  });

  describe('GEXF', () => {
    it('1.3 is valid against the GEXF 1.3 schema, also with names that need escaping', async () => {
      if (!(await xmllintReady())) return;
      for (const [name, graph] of [
        ['sample.gexf', sample()],
        ['nasty.gexf', nasty()],
      ] as const) {
        const result = await validateXml(toGexf(graph, '1.3'), GEXF_13_XSD, name);
        expect(result.output).toContain('validates');
        expect(result.valid).toBe(true);
      }
    });

    it('1.3 puts the dates on the timeline: events, participations and dated ties as spells', () => {
      const xml = toGexf(sample(), '1.3');
      expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
      expect(xml).toContain('version="1.3"');
      expect(xml).toMatch(/<graph mode="dynamic" timeformat="date"/);
      expect(startTag(xml, 'node', 'meeting')).toContain('start="2025-06-21" end="2025-06-21"');
      expect(startTag(xml, 'node', 'release')).toContain('start="2025-06-01" end="2025-06-30"');
      expect(startTag(xml, 'node', 'kellogg')).not.toContain('start=');
      expect(startTag(xml, 'edge', 'p-kellogg')).toContain('start="2025-06-21" end="2025-06-21"');
      expect(startTag(xml, 'edge', 'p-releaser')).toContain('start="2025-06-01" end="2025-06-30"');
      expect(startTag(xml, 'edge', 'tie-deputy')).toContain('start="2020-01-01" end="2025-06-30"');
      const spouse = startTag(xml, 'edge', 'tie-spouse');
      expect(spouse).toContain('type="undirected"');
      expect(spouse).toContain('kind="SPOUSE_OF"');
      expect(spouse).not.toContain('start=');
      expect(startTag(xml, 'edge', 'p-releaser')).toContain('weight="1"');
    });

    it('1.2draft reads back in networkx with its spells and attributes', async () => {
      const xml = toGexf(nasty(), '1.2draft');
      expect(xml).toContain('<gexf xmlns="http://www.gexf.net/1.2draft"');
      expect(xml).toContain('version="1.2"');
      expect(xml).not.toContain('type="undirected"');
      if (!(await networkxReady())) return;
      const graph = nasty();
      const read = await readWithNetworkx(xml, 'gexf', 'nasty.gexf');
      expect(read.nodes).toBe(graph.nodes.length);
      expect(read.edges).toBe(graph.edges.length);
      expect(read.graph['mode']).toBe('dynamic');
      expect(read.nodeData['release']).toMatchObject({
        start: '2025-06-01',
        end: '2025-06-30',
        kind: 'RELEASE',
        weight: 1,
      });
      expect(read.nodeData[NASTY_ID]?.['label']).toBe(NASTY_READ_BACK);
      expect(read.edgeData.find((e) => e['id'] === 'tie-deputy')).toMatchObject({
        start: '2020-01-01',
        end: '2025-06-30',
        since: '2020',
        until: '2025-06',
        directed: true,
      });
      expect(read.edgeData.find((e) => e['id'] === 'tie-spouse')).toMatchObject({ directed: false });
      expect(read.edgeData.find((e) => e['id'] === 'p kellogg "1"')?._source).toBe(NASTY_ID);
    });
  });

  describe('Cytoscape.js JSON', () => {
    it('loads into Cytoscape.js with every element and its data', () => {
      const json = JSON.parse(toCytoscape(sample())) as { elements: cytoscape.ElementsDefinition };
      const cy = cytoscape({ headless: true, elements: json.elements });
      expect(cy.nodes()).toHaveLength(7);
      expect(cy.edges()).toHaveLength(6);
      expect(cy.getElementById('release').data()).toMatchObject({
        label: 'Prisoners released',
        type: 'EVENT',
        dateStart: '2025-06-01',
        documentIds: ['doc-b'],
      });
      expect(cy.getElementById('release').hasClass('event')).toBe(true);
      expect(cy.getElementById('tie-spouse').data()).toMatchObject({ directed: false, role: 'wife' });
      cy.destroy();
    });

    it('keeps node and edge ids apart, as Cytoscape.js needs one id space', () => {
      const graph = sample();
      const clash: ExportGraph = {
        ...graph,
        edges: graph.edges.map((e) => (e.id === 'p-kellogg' ? { ...e, id: 'meeting' } : e)),
      };
      const json = JSON.parse(toCytoscape(clash)) as { elements: cytoscape.ElementsDefinition };
      const cy = cytoscape({ headless: true, elements: json.elements });
      expect(cy.elements()).toHaveLength(13);
      expect(cy.getElementById('meeting').isNode()).toBe(true);
      expect(cy.getElementById('meeting_2').isEdge()).toBe(true);
      cy.destroy();
    });
  });

  describe('JSON Graph Format v2', () => {
    it('is valid against the JGF v2 schema, nodes keyed by id', () => {
      const document = JSON.parse(toJgf(nasty())) as {
        graph: { nodes: Record<string, { label: string }>; edges: { id: string; directed: boolean }[] };
      };
      expect(Object.keys(document.graph.nodes)).toHaveLength(7);
      expect(document.graph.nodes[NASTY_ID]?.label).toBe(NASTY_LABEL);
      expect(document.graph.edges.find((e) => e.id === 'tie-spouse')?.directed).toBe(false);
      const result = validateJgf(document);
      if (result === null) return;
      expect(result.errors).toBe('[]');
      expect(result.valid).toBe(true);
    });

    it('stays valid with no nodes or edges', () => {
      const empty: ExportGraph = { ...sample(), nodes: [], edges: [] };
      const result = validateJgf(JSON.parse(toJgf(empty)));
      if (result === null) return;
      expect(result.valid).toBe(true);
    });
  });

  describe('CSV', () => {
    it('writes a node list and an edge list that read back cell for cell', () => {
      const graph = nasty();
      const nodes = parseCsv(toCsvNodes(graph));
      expect(nodes[0]).toEqual([
        'Id',
        'Label',
        'type',
        'kind',
        'date',
        'datePrecision',
        'dateStart',
        'dateEnd',
        'weight',
        'evidenceCount',
        'documentIds',
      ]);
      expect(nodes).toHaveLength(1 + graph.nodes.length);
      expect(nodes.find((r) => r[0] === NASTY_ID)?.[1]).toBe(NASTY_LABEL);
      expect(nodes.find((r) => r[0] === 'lukashenko')?.slice(8)).toEqual(['2', '2', 'doc-a;doc-b']);
      const edges = parseCsv(toCsvEdges(graph));
      expect(edges[0]?.slice(0, 7)).toEqual([
        'Source',
        'Target',
        'Type',
        'Id',
        'Label',
        'Weight',
        'edgeType',
      ]);
      expect(edges).toHaveLength(1 + graph.edges.length);
      const header = edges[0] as string[];
      const spouse = edges.find((r) => r[3] === 'tie-spouse') as string[];
      expect(spouse[2]).toBe('Undirected');
      expect(spouse[header.indexOf('edgeType')]).toBe('TIE');
      expect(spouse[header.indexOf('role')]).toBe('wife');
      expect(edges.find((r) => r[3] === 'p kellogg "1"')?.[0]).toBe(NASTY_ID);
    });

    it('keeps spreadsheets from running a cell as a formula', () => {
      const graph = sample();
      const risky: ExportGraph = {
        ...graph,
        nodes: graph.nodes.map((n) =>
          n.id === 'kellogg'
            ? { ...n, label: '=HYPERLINK("http://x")' }
            : n.id === 'lukashenko'
              ? { ...n, label: '-5' }
              : n,
        ),
      };
      const rows = parseCsv(toCsvNodes(risky));
      expect(rows.find((r) => r[0] === 'kellogg')?.[1]).toBe('\'=HYPERLINK("http://x")');
      expect(rows.find((r) => r[0] === 'lukashenko')?.[1]).toBe('-5');
    });
  });

  describe('ids and escaping', () => {
    it('escapes markup and keeps line breaks in attributes', () => {
      expect(escapeAttr('a<b>&"c"\n\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&quot;&#10;\uFFFD');
    });

    it('makes NMTOKENs one to one', () => {
      expect(nmtoken('tie:0e03-8_x.y')).toBe('tie:0e03-8_x.y');
      expect(nmtoken('a b')).toBe('a_x20_b');
      expect(nmtoken('')).toBe('_');
      const ids = new IdMap(nmtoken);
      expect(ids.get('a b')).toBe('a_x20_b');
      expect(ids.get('a_x20_b')).toBe('a_x20_b_2');
      expect(ids.get('a b')).toBe('a_x20_b');
    });
  });
});
