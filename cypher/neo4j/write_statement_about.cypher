UNWIND $rows AS r
MATCH (s:Statement {id: r.statementId})
MATCH (a:Actor {id: r.actorId})
MERGE (s)-[:ABOUT]->(a)
RETURN count(*) AS n
