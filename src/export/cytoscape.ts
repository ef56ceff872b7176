import { edgeProperties, nodeProperties } from './json-values';
import { EXPORT_DESCRIPTION, type ExportGraph } from './model';

/**
 * Cytoscape.js elements JSON, in the wrapper Cytoscape desktop reads as `.cyjs`:
 * `elements.nodes` and `elements.edges`, each `{ data, classes }`. Pass
 * `json.elements` to `cytoscape({ elements })`. Nodes and edges share one id
 * space in Cytoscape.js, so an edge id equal to a node id gets a suffix.
 * Classes (`actor person`, `tie spouse_of`…) are ready for selectors.
 */
export function toCytoscape(graph: ExportGraph): string {
  const used = new Set<string>();
  const unique = (id: string): string => {
    const base = id.length === 0 ? '_' : id;
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}_${n}`;
    used.add(candidate);
    return candidate;
  };
  const nodeIds = new Map(graph.nodes.map((n) => [n.id, unique(n.id)] as const));
  const nodeId = (id: string) => nodeIds.get(id) ?? id;
  const document = {
    format_version: '1.0',
    generated_by: 'polgraph',
    target_cytoscapejs_version: '~3.0',
    data: {
      name: graph.title,
      description: EXPORT_DESCRIPTION,
      selection: graph.selection,
      truncated: graph.truncated,
      ...(graph.generated !== null ? { generated: graph.generated } : {}),
    },
    elements: {
      nodes: graph.nodes.map((node) => ({
        data: { id: nodeId(node.id), name: node.label, label: node.label, ...nodeProperties(node) },
        classes: classes(node.type, node.kind),
      })),
      edges: graph.edges.map((edge) => ({
        data: {
          id: unique(edge.id),
          source: nodeId(edge.source),
          target: nodeId(edge.target),
          name: edge.label,
          label: edge.label,
          interaction: edge.kind,
          ...edgeProperties(edge),
        },
        classes: classes(edge.type, edge.kind),
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function classes(type: string, kind: string): string {
  return `${type} ${kind}`.toLowerCase().replace(/[^a-z0-9_ -]/g, '_');
}
