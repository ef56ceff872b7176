import type { DatePrecision } from '../domain/partial-date';

/**
 * The subgraph an export writes, already flattened: every attribute a format
 * carries is here, so the format writers are pure functions of this value.
 * Nodes are actors and events; edges are participations (actor → event) and ties
 * (actor → actor). Dates: `date` keeps the precision the sources give
 * (YYYY, YYYY-MM or YYYY-MM-DD); `dateStart`/`dateEnd` are the first and last day
 * it covers, which is what timelines use.
 */
export interface ExportNode {
  readonly id: string;
  /** The actor name or the event title. */
  readonly label: string;
  readonly type: 'ACTOR' | 'EVENT';
  /** Actor kind (PERSON, STATE…) or event type (MEETING, RELEASE…). */
  readonly kind: string;
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly dateStart: string | null;
  readonly dateEnd: string | null;
  /** How many documents support the node. */
  readonly weight: number;
  readonly evidenceCount: number;
  /** The documents its evidence comes from, sorted. */
  readonly documentIds: readonly string[];
}

export interface ExportEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: 'PARTICIPATION' | 'TIE';
  /** The participant role (HOST…) or the tie type (SPOUSE_OF…). */
  readonly kind: string;
  readonly label: string;
  /** The participant role, or a tie's role in the source's words ("wife"). */
  readonly role: string | null;
  /** False for ties whose direction carries no meaning (SPOUSE_OF, ALLY_OF…). */
  readonly directed: boolean;
  /** A participation: the event's date and precision; null for ties. */
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  /** A tie: since/until as the sources give them; a participation: the event's first and last day. */
  readonly since: string | null;
  readonly until: string | null;
  /** First and last day the edge holds, when known (the timeline spell). */
  readonly dateStart: string | null;
  readonly dateEnd: string | null;
  readonly weight: number;
  readonly evidenceCount: number;
  readonly documentIds: readonly string[];
}

export interface ExportGraph {
  /** One line naming the selection: "polgraph: neighbourhood of alexander-lukashenko (depth 2)". */
  readonly title: string;
  /** The selection in machine-readable form, written into each format's metadata. */
  readonly selection: Readonly<Record<string, string | number | readonly string[]>>;
  readonly nodes: readonly ExportNode[];
  readonly edges: readonly ExportEdge[];
  /** True when a node limit cut the selection short. */
  readonly truncated: boolean;
  /** Day the export was made (YYYY-MM-DD), when known; pure writers never read the clock. */
  readonly generated: string | null;
}

/** Lists (document ids) in one cell or attribute of the flat formats are joined with this. */
export const LIST_SEPARATOR = ';';

export const EXPORT_DESCRIPTION =
  'Nodes are actors and events; edges are participations (actor -> event) and ties (actor -> actor). ' +
  'weight = number of documents supporting a node or edge; documentIds lists them (separated by ";" in ' +
  'GraphML, GEXF and CSV). date keeps the precision of the sources; dateStart/dateEnd are the first and ' +
  'last day it covers.';
