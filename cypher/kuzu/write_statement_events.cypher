// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MATCH (s:Statement {id: r.id}), (e:Event {id: r.eventId})
MERGE (s)-[:MADE_AT]->(e)
RETURN count(*) AS n
