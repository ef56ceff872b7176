UNWIND $ids AS id
MATCH (s:Statement)-[r:ABOUT]->(a:Actor {id: id})
RETURN s.id AS statementId, a.id AS actorId
