UNWIND $rows AS r
MATCH (a:Actor {id: r.authorActorId})
MATCH (d:Document {id: r.id})
MERGE (a)-[:AUTHORED]->(d)
RETURN count(*) AS n
