UNWIND $ids AS id
MATCH (s:Statement {id: id})-[:ABOUT]->(a:Actor)
RETURN s.id AS statementId, a.id AS actorId
