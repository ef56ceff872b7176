UNWIND $rows AS r
MATCH (s:Statement {id: r.id})
MATCH (e:Event {id: r.eventId})
MERGE (s)-[:MADE_AT]->(e)
RETURN count(*) AS n
