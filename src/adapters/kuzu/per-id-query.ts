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

export function perIdForm(batchQuery: string): string | null {
  const unwinds = batchQuery.match(UNWIND_IDS)?.length ?? 0;
  if (unwinds === 0) return null;
  const perId = batchQuery.replace(UNWIND_IDS, '').replace(ID_PATTERN, '{id: $id}');
  // Any other use of the variable `id` would now be unbound: not this shape.
  if (/(?<![.$\w])id(?![\w:])/.test(perId.replace(/\bAS id\b/g, ''))) return null;
  return perId;
}

/**
 * Above this many ids one scanning query beats a lookup per id. A node lookup
 * costs under a millisecond; an expansion from a node (its participations, its
 * ties) several, while the batch form's scan grows with the tables (measured
 * at 10k–100k participations: crossovers near 130 and 30 ids).
 */
export function perIdLookupMax(batchQuery: string): number {
  return /-\[/.test(batchQuery) ? 32 : 128;
}
