UNWIND $rows AS r
MATCH (s:Statement {id: r.id}), (e:Event {id: r.eventId})
MERGE (s)-[:MADE_AT]->(e)
RETURN count(*) AS n
