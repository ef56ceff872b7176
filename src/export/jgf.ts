import { edgeProperties, nodeProperties } from './json-values';
import { EXPORT_DESCRIPTION, type ExportGraph } from './model';

/**
 * JSON Graph Format v2: `graph.nodes` is an object keyed by node id, `graph.edges`
 * an array (always present, even empty: without it a graph would match two of the
 * schema's `oneOf` shapes). An edge's `relation` is its role or tie type, and
 * `directed: false` marks the ties without direction. Attributes sit in `metadata`.
 */
export function toJgf(graph: ExportGraph): string {
  const document = {
    graph: {
      id: 'polgraph',
      label: graph.title,
      directed: true,
      type: 'polgraph',
      metadata: {
        description: EXPORT_DESCRIPTION,
        selection: graph.selection,
        truncated: graph.truncated,
        ...(graph.generated !== null ? { generated: graph.generated } : {}),
      },
      nodes: Object.fromEntries(
        graph.nodes.map((node) => [node.id, { label: node.label, metadata: nodeProperties(node) }]),
      ),
      edges: graph.edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        relation: edge.kind,
        directed: edge.directed,
        label: edge.label,
        metadata: edgeProperties(edge),
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
