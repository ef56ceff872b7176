import type { ExportEdge, ExportNode } from './model';

type JsonValue = string | number | boolean | readonly string[];

/** A node's attributes for the JSON formats: lists stay lists, absent values are left out. */
export function nodeProperties(node: ExportNode): Record<string, JsonValue> {
  return present({
    type: node.type,
    kind: node.kind,
    date: node.date,
    datePrecision: node.datePrecision,
    dateStart: node.dateStart,
    dateEnd: node.dateEnd,
    weight: node.weight,
    evidenceCount: node.evidenceCount,
    documentIds: node.documentIds,
  });
}

export function edgeProperties(edge: ExportEdge): Record<string, JsonValue> {
  return present({
    type: edge.type,
    kind: edge.kind,
    role: edge.role,
    directed: edge.directed,
    date: edge.date,
    datePrecision: edge.datePrecision,
    since: edge.since,
    until: edge.until,
    dateStart: edge.dateStart,
    dateEnd: edge.dateEnd,
    weight: edge.weight,
    evidenceCount: edge.evidenceCount,
    documentIds: edge.documentIds,
  });
}

function present(values: Record<string, JsonValue | null>): Record<string, JsonValue> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, JsonValue] => entry[1] !== null),
  );
}
