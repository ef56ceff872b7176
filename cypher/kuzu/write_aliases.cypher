// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MERGE (al:Alias {key: r.key})
WITH al, r
MATCH (a:Actor {id: r.actorId})
MERGE (al)-[:NAMES]->(a)
RETURN count(*) AS n
