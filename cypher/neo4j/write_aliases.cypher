UNWIND $rows AS r
MERGE (al:Alias {key: r.key})
WITH al, r
MATCH (a:Actor {id: r.actorId})
MERGE (al)-[:NAMES]->(a)
RETURN count(*) AS n
