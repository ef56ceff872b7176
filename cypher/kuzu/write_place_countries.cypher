// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MATCH (p:Place {id: r.id}), (c:Place {id: r.countryId})
MERGE (p)-[:LOCATED_IN]->(c)
RETURN count(*) AS n
