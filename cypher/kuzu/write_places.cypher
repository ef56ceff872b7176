// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes).
UNWIND $rows[2:] AS r
WITH r, r.id AS placeId
MERGE (p:Place {id: placeId})
SET p.fingerprint = r.fingerprint, p.name = r.name, p.kind = r.kind, p.countryId = r.countryId, p.aliases = r.aliases
RETURN count(*) AS n
