// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes).
UNWIND $rows[2:] AS r
WITH r, r.id AS placeId
MATCH (p:Place {id: placeId})
WITH p, r, r.countryId AS countryId
MATCH (c:Place {id: countryId})
MERGE (p)-[:LOCATED_IN]->(c)
RETURN count(*) AS n
