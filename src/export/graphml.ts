import {
  type AttributeDef,
  type AttributeType,
  attributeText,
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
} from './attributes';
import { EXPORT_DESCRIPTION, type ExportGraph } from './model';
import { attrs, escapeText, IdMap, nmtoken } from './xml';

const GRAPHML_TYPE: Record<AttributeType, string> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
};

/**
 * GraphML 1.0 (yEd, Cytoscape, Gephi, networkx, igraph). Every edge is written
 * directed, source → target as stored, because networkx refuses `directed="false"`
 * edges in a directed graph; the `directed` attribute tells which ties have no
 * direction. Ids are XML NMTOKENs (other characters are encoded as `_xHHHH_`).
 */
export function toGraphml(graph: ExportGraph): string {
  const nodeIds = new IdMap(nmtoken);
  const edgeIds = new IdMap(nmtoken);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    key('g_title', 'graph', 'title', 'string'),
    key('g_selection', 'graph', 'selection', 'string'),
    key('g_truncated', 'graph', 'truncated', 'boolean'),
    ...(graph.generated !== null ? [key('g_generated', 'graph', 'generated', 'string')] : []),
    ...NODE_ATTRIBUTES.map((a) => key(`n_${a.name}`, 'node', a.name, GRAPHML_TYPE[a.type])),
    ...EDGE_ATTRIBUTES.map((a) => key(`e_${a.name}`, 'edge', a.name, GRAPHML_TYPE[a.type])),
    '  <graph id="polgraph" edgedefault="directed">',
    `    <desc>${escapeText(EXPORT_DESCRIPTION)}</desc>`,
    data('g_title', graph.title, 4),
    data('g_selection', JSON.stringify(graph.selection), 4),
    data('g_truncated', graph.truncated ? 'true' : 'false', 4),
    ...(graph.generated !== null ? [data('g_generated', graph.generated, 4)] : []),
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node${attrs([['id', nodeIds.get(node.id)]])}>`);
    lines.push(...dataOf(NODE_ATTRIBUTES, node, 'n_'));
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    const ids = attrs([
      ['id', edgeIds.get(edge.id)],
      ['source', nodeIds.get(edge.source)],
      ['target', nodeIds.get(edge.target)],
    ]);
    lines.push(`    <edge${ids}>`);
    lines.push(...dataOf(EDGE_ATTRIBUTES, edge, 'e_'));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function key(id: string, domain: string, name: string, type: string): string {
  return `  <key${attrs([
    ['id', id],
    ['for', domain],
    ['attr.name', name],
    ['attr.type', type],
  ])}/>`;
}

function data(keyId: string, value: string, indent: number): string {
  return `${' '.repeat(indent)}<data key="${keyId}">${escapeText(value)}</data>`;
}

function dataOf<T>(defs: readonly AttributeDef<T>[], item: T, prefix: string): string[] {
  return defs.flatMap((def) => {
    const text = attributeText(def.value(item));
    return text === null ? [] : [data(`${prefix}${def.name}`, text, 6)];
  });
}
