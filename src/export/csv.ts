import { type AttributeDef, attributeText, EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from './attributes';
import type { ExportEdge, ExportGraph, ExportNode } from './model';

/**
 * Node and edge lists as two RFC 4180 files (UTF-8, comma, CRLF, a header row),
 * which spreadsheets open directly and which Gephi's spreadsheet import reads as
 * they are: nodes start with `Id,Label`, edges with `Source,Target,Type,Id,Label,Weight`
 * (Type is Directed or Undirected, as Gephi expects, so the PARTICIPATION/TIE
 * distinction is the `edgeType` column). Lists are joined with ";". A cell that a
 * spreadsheet would run as a formula (starting with =, +, @ or - followed by a
 * non-digit) is prefixed with an apostrophe.
 */
export function toCsvNodes(graph: ExportGraph): string {
  const defs = NODE_ATTRIBUTES.filter((a) => a.name !== 'label');
  return table(
    ['Id', 'Label', ...defs.map((d) => d.name)],
    graph.nodes.map((node: ExportNode) => [node.id, node.label, ...values(defs, node)]),
  );
}

export function toCsvEdges(graph: ExportGraph): string {
  const defs = EDGE_ATTRIBUTES.filter((a) => a.name !== 'label' && a.name !== 'weight');
  return table(
    [
      'Source',
      'Target',
      'Type',
      'Id',
      'Label',
      'Weight',
      ...defs.map((d) => (d.name === 'type' ? 'edgeType' : d.name)),
    ],
    graph.edges.map((edge: ExportEdge) => [
      edge.source,
      edge.target,
      edge.directed ? 'Directed' : 'Undirected',
      edge.id,
      edge.label,
      String(edge.weight),
      ...values(defs, edge),
    ]),
  );
}

function values<T>(defs: readonly AttributeDef<T>[], item: T): (string | null)[] {
  return defs.map((def) => attributeText(def.value(item)));
}

function table(header: readonly string[], rows: readonly (readonly (string | null)[])[]): string {
  return [header, ...rows].map((row) => `${row.map(cell).join(',')}\r\n`).join('');
}

function cell(value: string | null): string {
  if (value === null) return '';
  const safe = /^(?:[=+@\t\r]|-(?![\d.]))/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
