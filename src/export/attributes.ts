import { type ExportEdge, type ExportNode, LIST_SEPARATOR } from './model';

/**
 * The node and edge attributes every tabular or XML format writes, in order,
 * with one name each so a column reads the same in GraphML, GEXF and CSV.
 */
export type AttributeType = 'string' | 'integer' | 'double' | 'boolean';
export type AttributeValue = string | number | boolean | null;

export interface AttributeDef<T> {
  readonly name: string;
  readonly type: AttributeType;
  readonly value: (item: T) => AttributeValue;
}

const list = (values: readonly string[]): string | null =>
  values.length === 0 ? null : values.join(LIST_SEPARATOR);

export const NODE_ATTRIBUTES: readonly AttributeDef<ExportNode>[] = [
  { name: 'label', type: 'string', value: (n) => n.label },
  { name: 'type', type: 'string', value: (n) => n.type },
  { name: 'kind', type: 'string', value: (n) => n.kind },
  { name: 'date', type: 'string', value: (n) => n.date },
  { name: 'datePrecision', type: 'string', value: (n) => n.datePrecision },
  { name: 'dateStart', type: 'string', value: (n) => n.dateStart },
  { name: 'dateEnd', type: 'string', value: (n) => n.dateEnd },
  { name: 'weight', type: 'integer', value: (n) => n.weight },
  { name: 'evidenceCount', type: 'integer', value: (n) => n.evidenceCount },
  { name: 'documentIds', type: 'string', value: (n) => list(n.documentIds) },
];

export const EDGE_ATTRIBUTES: readonly AttributeDef<ExportEdge>[] = [
  { name: 'label', type: 'string', value: (e) => e.label },
  { name: 'type', type: 'string', value: (e) => e.type },
  { name: 'kind', type: 'string', value: (e) => e.kind },
  { name: 'role', type: 'string', value: (e) => e.role },
  { name: 'directed', type: 'boolean', value: (e) => e.directed },
  { name: 'date', type: 'string', value: (e) => e.date },
  { name: 'datePrecision', type: 'string', value: (e) => e.datePrecision },
  { name: 'since', type: 'string', value: (e) => e.since },
  { name: 'until', type: 'string', value: (e) => e.until },
  { name: 'dateStart', type: 'string', value: (e) => e.dateStart },
  { name: 'dateEnd', type: 'string', value: (e) => e.dateEnd },
  { name: 'weight', type: 'double', value: (e) => e.weight },
  { name: 'evidenceCount', type: 'integer', value: (e) => e.evidenceCount },
  { name: 'documentIds', type: 'string', value: (e) => list(e.documentIds) },
];

/** Attribute values as text: booleans as true/false, absent values as null. */
export function attributeText(value: AttributeValue): string | null {
  if (value === null) return null;
  return typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
}
