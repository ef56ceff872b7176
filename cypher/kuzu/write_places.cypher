// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MERGE (p:Place {id: r.id})
SET p.fingerprint = r.fingerprint, p.name = r.name, p.kind = r.kind, p.countryId = r.countryId, p.aliases = r.aliases
RETURN count(*) AS n
