import { toCsvEdges, toCsvNodes } from './csv';
import { toCytoscape } from './cytoscape';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toJgf } from './jgf';
import type { ExportGraph } from './model';

/** The export formats: the name in URLs and on the command line, the GraphQL enum value, the file it makes. */
export const EXPORT_FORMATS = [
  'graphml',
  'gexf',
  'gexf-1.2',
  'cytoscape',
  'jgf',
  'csv-nodes',
  'csv-edges',
] as const;
export type ExportFormatId = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatSpec {
  readonly id: ExportFormatId;
  /** Its value in the GraphQL ExportFormat enum. */
  readonly enumName: string;
  readonly mediaType: string;
  /** Appended to the file name's stem (includes the dot). */
  readonly suffix: string;
  readonly description: string;
  readonly render: (graph: ExportGraph) => string;
}

export const FORMAT_SPECS: Readonly<Record<ExportFormatId, ExportFormatSpec>> = {
  graphml: {
    id: 'graphml',
    enumName: 'GRAPHML',
    mediaType: 'application/graphml+xml',
    suffix: '.graphml',
    description: 'GraphML 1.0 (yEd, Cytoscape, Gephi, networkx, igraph).',
    render: toGraphml,
  },
  gexf: {
    id: 'gexf',
    enumName: 'GEXF',
    mediaType: 'application/gexf+xml',
    suffix: '.gexf',
    description: 'GEXF 1.3, dynamic (dates as spells) for Gephi and its timeline.',
    render: (graph) => toGexf(graph, '1.3'),
  },
  'gexf-1.2': {
    id: 'gexf-1.2',
    enumName: 'GEXF_1_2',
    mediaType: 'application/gexf+xml',
    suffix: '-1.2draft.gexf',
    description: 'GEXF 1.2draft, dynamic; the version networkx reads.',
    render: (graph) => toGexf(graph, '1.2draft'),
  },
  cytoscape: {
    id: 'cytoscape',
    enumName: 'CYTOSCAPE',
    mediaType: 'application/json',
    suffix: '.cyjs',
    description: 'Cytoscape.js elements JSON (Cytoscape desktop opens it as .cyjs).',
    render: toCytoscape,
  },
  jgf: {
    id: 'jgf',
    enumName: 'JGF',
    mediaType: 'application/vnd.jgf+json',
    suffix: '.jgf.json',
    description: 'JSON Graph Format v2: graph.nodes keyed by id, graph.edges a list.',
    render: toJgf,
  },
  'csv-nodes': {
    id: 'csv-nodes',
    enumName: 'CSV_NODES',
    mediaType: 'text/csv',
    suffix: '-nodes.csv',
    description: 'The node list as CSV (Id, Label, attributes); with csv-edges, a spreadsheet of the graph.',
    render: toCsvNodes,
  },
  'csv-edges': {
    id: 'csv-edges',
    enumName: 'CSV_EDGES',
    mediaType: 'text/csv',
    suffix: '-edges.csv',
    description: 'The edge list as CSV (Source, Target, Type, Id, Label, Weight, attributes).',
    render: toCsvEdges,
  },
};

/** A format by its URL name or its GraphQL enum value, in any case; null when unknown. */
export function findFormat(name: string): ExportFormatSpec | null {
  const wanted = name.trim().toLowerCase();
  return (
    Object.values(FORMAT_SPECS).find(
      (spec) => spec.id === wanted || spec.enumName.toLowerCase() === wanted,
    ) ?? null
  );
}
