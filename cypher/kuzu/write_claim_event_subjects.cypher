// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MATCH (c:Claim {id: r.id}), (e:Event {id: r.subjectId})
MERGE (c)-[:CLAIM_ABOUT]->(e)
RETURN count(*) AS n
