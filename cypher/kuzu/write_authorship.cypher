// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MATCH (a:Actor {id: r.authorActorId}), (d:Document {id: r.id})
MERGE (a)-[:AUTHORED]->(d)
RETURN count(*) AS n
