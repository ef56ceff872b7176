// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes).
UNWIND $rows[2:] AS r
WITH r, r.id AS actorId
MERGE (a:Actor {id: actorId})
SET a.fingerprint = r.fingerprint, a.name = r.name, a.kind = r.kind, a.aliases = r.aliases, a.aliasKeys = r.aliasKeys,
    a.searchText = r.searchText, a.description = r.description, a.sortKey = r.sortKey,
    a.evidenceIds = r.evidenceIds
RETURN count(*) AS n
