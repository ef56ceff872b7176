// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MERGE (a:Actor {id: r.id})
SET a.fingerprint = r.fingerprint, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases, a.aliasKeys = r.aliasKeys,
    a.searchText = r.searchText, a.description = r.description, a.sortKey = r.sortKey,
    a.evidenceIds = r.evidenceIds
RETURN count(*) AS n
