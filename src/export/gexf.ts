import { type AttributeDef, attributeText, EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from './attributes';
import { EXPORT_DESCRIPTION, type ExportGraph } from './model';
import { attrs, escapeAttr, escapeText } from './xml';

export type GexfVersion = '1.3' | '1.2draft';

const NAMESPACES: Record<GexfVersion, { ns: string; version: string; schema: string }> = {
  '1.3': { ns: 'http://gexf.net/1.3', version: '1.3', schema: 'http://gexf.net/1.3/gexf.xsd' },
  '1.2draft': {
    ns: 'http://www.gexf.net/1.2draft',
    version: '1.2',
    schema: 'http://www.gexf.net/1.2draft/gexf.xsd',
  },
};

/** Attributes GEXF carries natively on the element, so not repeated as attvalues. */
const NATIVE_NODE = new Set(['label']);
const NATIVE_EDGE = new Set(['label', 'weight']);

/**
 * GEXF for Gephi (1.3) and for networkx (1.2draft, the newest it reads). The
 * graph is dynamic with `timeformat="date"`: an event node lives from the first
 * to the last day of its date, a participation as long as its event, a tie from
 * `since` to `until` when the sources give them (an open end otherwise); actors
 * carry no spell, so they stay on Gephi's timeline throughout. In 1.3 the ties
 * without direction are `type="undirected"` edges and every edge has its role or
 * tie type as `kind` (Gephi keeps parallel edges of different kinds apart);
 * 1.2draft keeps every edge directed, as networkx cannot mix, and the `directed`
 * attribute says which ties have no direction.
 */
export function toGexf(graph: ExportGraph, version: GexfVersion = '1.3'): string {
  const { ns, version: versionAttr, schema } = NAMESPACES[version];
  const is13 = version === '1.3';
  const nodeDefs = NODE_ATTRIBUTES.filter((a) => !NATIVE_NODE.has(a.name));
  const edgeDefs = EDGE_ATTRIBUTES.filter((a) => !NATIVE_EDGE.has(a.name));
  const description = `${graph.title}. ${EXPORT_DESCRIPTION} Selection: ${JSON.stringify(graph.selection)}.${
    graph.truncated ? ' Truncated: a node limit cut the selection short.' : ''
  }`;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${ns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
      ` xsi:schemaLocation="${ns} ${schema}" version="${versionAttr}">`,
    `  <meta${attrs([['lastmodifieddate', graph.generated]])}>`,
    '    <creator>polgraph</creator>',
    `    <description>${escapeText(description)}</description>`,
    '  </meta>',
    `  <graph${attrs([
      ['mode', 'dynamic'],
      ['timeformat', 'date'],
      ['timerepresentation', is13 ? 'interval' : null],
      ['defaultedgetype', 'directed'],
      ['idtype', 'string'],
    ])}>`,
    ...declarations('node', nodeDefs),
    ...declarations('edge', edgeDefs),
    `    <nodes count="${graph.nodes.length}">`,
  ];
  for (const node of graph.nodes) {
    const head = attrs([
      ['id', node.id],
      ['label', node.label],
      ['start', node.dateStart],
      ['end', node.dateEnd],
    ]);
    lines.push(...element('node', head, attvalues(nodeDefs, node)));
  }
  lines.push('    </nodes>', `    <edges count="${graph.edges.length}">`);
  for (const edge of graph.edges) {
    const head = attrs([
      ['id', edge.id],
      ['source', edge.source],
      ['target', edge.target],
      ['type', is13 && !edge.directed ? 'undirected' : null],
      ['kind', is13 ? edge.kind : null],
      ['label', edge.label],
      ['weight', edge.weight],
      ['start', edge.dateStart],
      ['end', edge.dateEnd],
    ]);
    lines.push(...element('edge', head, attvalues(edgeDefs, edge)));
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function declarations<T>(domain: 'node' | 'edge', defs: readonly AttributeDef<T>[]): string[] {
  return [
    `    <attributes class="${domain}" mode="static">`,
    ...defs.map((def) => `      <attribute id="${def.name}" title="${def.name}" type="${def.type}"/>`),
    '    </attributes>',
  ];
}

function attvalues<T>(defs: readonly AttributeDef<T>[], item: T): string[] {
  return defs.flatMap((def) => {
    const text = attributeText(def.value(item));
    return text === null ? [] : [`<attvalue for="${def.name}" value="${escapeAttr(text)}"/>`];
  });
}

function element(name: string, head: string, values: string[]): string[] {
  if (values.length === 0) return [`      <${name}${head}/>`];
  return [
    `      <${name}${head}>`,
    '        <attvalues>',
    ...values.map((v) => `          ${v}`),
    '        </attvalues>',
    `      </${name}>`,
  ];
}
