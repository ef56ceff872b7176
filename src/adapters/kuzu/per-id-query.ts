/**
 * Kuzu 0.11 plans `UNWIND $ids AS id MATCH (x:Label {id: id})` as a hash join
 * over a full scan of the node table, so a batch lookup costs as much as the
 * table is large (tens of ms at 100k nodes), while `MATCH (x:Label {id: $id})`
 * is a primary-key index lookup (well under a millisecond). Small batches
 * therefore run the per-id form once per id; large ones the batch form, whose
 * one scan is then cheaper than hundreds of lookups.
 *
 * The per-id form is derived from the batch query in cypher/kuzu rather than
 * kept in a second file, so the two cannot drift: every by-ids query starts
 * with `UNWIND $ids AS id` (once per UNION part) and uses `id` only as
 * `{id: id}`. A query of another shape has no per-id form.
 */
const UNWIND_IDS = /^\s*UNWIND \$ids AS id\s*$/gm;
const ID_PATTERN = /\{id: id\}/g;

/** A by-ids query that follows a relationship from each id, rather than looking the ids up. */
function isExpansion(batchQuery: string): boolean {
  return /-\[/.test(batchQuery);
}

export function perIdForm(batchQuery: string): string | null {
  const unwinds = batchQuery.match(UNWIND_IDS)?.length ?? 0;
  if (unwinds === 0) return null;
  const perId = batchQuery.replace(UNWIND_IDS, '').replace(ID_PATTERN, '{id: $id}');
  // Any other use of the variable `id` would now be unbound: not this shape.
  if (/(?<![.$\w])id(?![\w:])/.test(perId.replace(/\bAS id\b/g, ''))) return null;
  return perId;
}

const KEYED_NODE = /^(.*)\((\w*):(\w+) \{id: id\}\)(.*)$/gm;
/** `MATCH (other)-[rel]->` before a keyed node: the expansion runs against the relationship's direction. */
const INTO_KEYED = /^MATCH \((\w+)(?::\w+)?\)-\[(\w+)(?::\w+)?\]->$/;

/**
 * The batch form of an expansion (a by-ids query through a relationship), as
 * Kuzu runs it well. `UNWIND $ids … MATCH (a:Actor {id: id})-[p]->(e)` is planned
 * as a hash join over the whole relationship table with the properties of every
 * relationship materialised: at 1M participations, 250 ids took 0.8–1.3 s and
 * could exhaust the buffer pool. `MATCH (a:Actor)-[p]->(e) WHERE a.id IN $ids`
 * filters the node scan and extends from the nodes kept only (0.17–0.3 s). A
 * node lookup keeps the UNWIND form, which is there the faster (300 ids: 14
 * against 20 ms at 10k actors, 80 against 170 ms at 100k).
 *
 * Where the keyed node is the relationship's target (`(a)-[p]->(e {id: id})`),
 * Kuzu plans the scan from the source side: every actor and all 1M
 * participations, to keep those that reach the listed events (about 250 ms for
 * 40 events at 1M participations). A join hint makes it filter the keyed nodes
 * first and follow their relationships backwards (60 ms). From the source side
 * the planner already starts at the keyed node, and a hint there costs a little.
 *
 * Kuzu 0.11 crashes when one list parameter appears in more than one part of a
 * UNION, so the parts after the first take copies: `$ids2`, `$ids3`, …
 * (`inListParams` fills them). A query of another shape has no such form.
 */
export function inListForm(batchQuery: string): string | null {
  return isExpansion(batchQuery) ? filteredScanForm(batchQuery) : null;
}

/**
 * The ids as a filter on a scan of the keyed table (`WHERE x.id IN $ids`),
 * for any by-ids query: the in-list form of an expansion, and for a node
 * lookup the form a small table serves best (on the seeds' 75 actors, 30 ids
 * in 1.1 ms against 1.5 ms for the batch form's hash join; on large tables the
 * batch form is the faster, see `inListForm`).
 */
export function filteredScanForm(batchQuery: string): string | null {
  if (perIdForm(batchQuery) === null) return null;
  let part = 0;
  const text = batchQuery.replace(UNWIND_IDS, '').replace(KEYED_NODE, (_line, before, name, label, after) => {
    part += 1;
    const node = (name as string) || 'keyed';
    const list = part === 1 ? '$ids' : `$ids${part}`;
    const into = INTO_KEYED.exec((before as string).trim());
    const hint = into && after === '' ? `\nHINT (${node} JOIN ${into[2]}) JOIN ${into[1]}` : '';
    return `${before}(${node}:${label})${after}\nWHERE ${node}.id IN ${list}${hint}`;
  });
  const unwinds = batchQuery.match(UNWIND_IDS)?.length ?? 0;
  return part === unwinds ? text : null;
}

/** The list parameters of an in-list form, each holding the same ids. */
export function inListParams(inListQuery: string, ids: readonly string[]): Record<string, readonly string[]> {
  const names = new Set([...inListQuery.matchAll(/\$(ids\d*)\b/g)].map((match) => match[1] as string));
  return Object.fromEntries([...names].map((name) => [name, ids]));
}

/**
 * Above this many ids one scanning query beats a lookup per id. A node lookup
 * costs under a millisecond, and the batch form of a lookup a hash join over
 * the whole table (about 80 ms at 100k actors): crossover near 130 ids. An
 * expansion from one node (its participations, its ties) costs 3–7 ms, as Kuzu
 * reads the far ends' columns over the node's whole adjacency, while the
 * in-list form filters one scan of the keyed table: measured at 100k and 1M
 * participations, the in-list form is as fast from 4 ids and twice as fast from 8.
 */
export function perIdLookupMax(batchQuery: string): number {
  return isExpansion(batchQuery) ? 4 : 128;
}

/**
 * A scan of this many rows of the keyed table costs about one primary-key
 * lookup (0.3–0.5 ms, mostly the trip through Kuzu's worker threads): at 1M
 * rows the batch form scanned 0.2–0.4 µs a row, and at 100k actors lookups and
 * the batch form broke even near 130 ids (800 rows a lookup). So on a table
 * below this many rows per id, one scan beats a lookup per id, whatever
 * `perIdLookupMax` says for large tables.
 */
export const SCAN_ROWS_PER_LOOKUP = 800;

/**
 * A keyed table up to this many rows is scanned with the ids as a filter, for
 * any number of ids. The filter tests every row against the id list, so on a
 * larger table its cost grows with rows × ids: at 100k actors, 1,000 ids took
 * 306 ms filtered against 87 ms for the batch form's hash join, whose cost is
 * the table's (130 ids: 80 ms filtered, 76 ms joined, 46 ms looked up one by
 * one). For 1,000 ids the filtered scan and the join meet near 5,000 rows.
 */
export const SMALL_TABLE_ROWS = 5_000;

/**
 * Whether `ids` ids are best read by one filtered scan of a keyed table of
 * `scannedRows` rows: always on a small table (as on a curated graph of a few
 * hundred records); on a large one only for as few ids as a lookup each would
 * serve (perIdMax), when the table has under SCAN_ROWS_PER_LOOKUP rows per id.
 * Otherwise a lookup per id, or for more ids the batch form.
 */
export function prefersScan(
  forms: Pick<ByIdsForms, 'scan' | 'perIdMax'>,
  ids: number,
  scannedRows: number,
): boolean {
  if (forms.scan === null || ids < 2) return false;
  if (scannedRows <= SMALL_TABLE_ROWS) return true;
  return ids <= forms.perIdMax && scannedRows <= SCAN_ROWS_PER_LOOKUP * ids;
}

/** The labels of the nodes a by-ids query keys by id (one per UNION part). */
export function keyedLabels(batchQuery: string): string[] {
  return [
    ...new Set([...batchQuery.matchAll(/\(\w*:(\w+) \{id: id\}\)/g)].map((match) => match[1] as string)),
  ];
}

/**
 * A lookup of several ids by primary key in one statement: the per-id form once
 * per id, as parts of a UNION ALL, each with its own parameter (`$id0`, `$id1`,
 * …; a parameter in two parts of a UNION is what crashes Kuzu 0.11 for lists).
 * Twenty events of 1M participations' graph: 3 ms, where twenty statements took
 * 7 ms and the batch form's hash join over the table 34 ms. Only for a node
 * lookup whose per-id form is one part; `count` is at most its perIdMax.
 */
export function perIdUnionForm(perIdQuery: string, count: number): string {
  const code = perIdQuery
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
  return Array.from({ length: count }, (_, i) => code.replace(/\$id\b/g, `$id${i}`)).join('\nUNION ALL\n');
}

/** The parameters of a per-id union form for these ids, in order. */
export function perIdUnionParams(ids: readonly string[]): Record<string, string> {
  return Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
}

/** Every form the adapter runs of one by-ids query; derived once per query, as the text is fixed. */
export interface ByIdsForms {
  readonly batch: string;
  readonly perId: string | null;
  readonly perIdMax: number;
  readonly inList: string | null;
  /** The ids as a filter on the scan of the keyed table: `inList` for an expansion. */
  readonly scan: string | null;
  /** The labels keyed by id: the tables a batch or in-list form scans. */
  readonly keyed: readonly string[];
  /** Whether several ids may be looked up in one statement (perIdUnionForm). */
  readonly unionable: boolean;
}

export function byIdsForms(batchQuery: string): ByIdsForms {
  return {
    batch: batchQuery,
    perId: perIdForm(batchQuery),
    perIdMax: perIdLookupMax(batchQuery),
    inList: inListForm(batchQuery),
    scan: filteredScanForm(batchQuery),
    keyed: keyedLabels(batchQuery),
    unionable: unionable(batchQuery, perIdForm(batchQuery)),
  };
}

/** A node lookup of one part, without a row limit: its per-id lookups can be parts of one UNION ALL. */
function unionable(batchQuery: string, perId: string | null): boolean {
  return perId !== null && !isExpansion(batchQuery) && !/\bUNION\b/.test(perId) && !/\$limit\b/.test(perId);
}
