// The relationship is named so that the in-list form can carry a join hint (per-id-query.ts).
UNWIND $ids AS id
MATCH (s:Statement)-[r:ABOUT]->(a:Actor {id: id})
RETURN s.id AS statementId, a.id AS actorId
