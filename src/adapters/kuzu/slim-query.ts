/**
 * A by-ids query that returns its record as a struct (`RETURN {id: a.id, …} AS n`)
 * without some of the struct's properties: what a planned read leaves out when
 * no field of the request reads them (HEAVY_PROPERTIES). Kuzu reads only the
 * columns a statement returns, and a list or long text column is most of a
 * lookup's cost: 1,000 of 100k actors took 83 ms with every column, 18 ms
 * without the lists. Derived from the catalogue's text, so the slim form
 * cannot drift from the whole one.
 *
 * The names come from HEAVY_PROPERTIES, never from a request. Null when the
 * query does not return one of them as `name: x.name` (a query of another
 * shape): the caller then reads whole records.
 */
export function slimForm(query: string, leftOut: readonly string[]): string | null {
  let text = query;
  for (const property of leftOut) {
    if (!/^\w+$/.test(property)) return null;
    const entry = new RegExp(`, ${property}: \\w+\\.${property}(?=[,}])`, 'g');
    if (!entry.test(text)) return null;
    text = text.replace(entry, '');
  }
  return text;
}
