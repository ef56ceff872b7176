// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MATCH (s:Statement {id: r.statementId}), (a:Actor {id: r.actorId})
MERGE (s)-[:ABOUT]->(a)
RETURN count(*) AS n
