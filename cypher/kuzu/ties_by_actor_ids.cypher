// Ties in either direction. UNION (not UNION ALL) returns a tie between two
// requested actors once.
UNWIND $ids AS id
MATCH (s:Actor {id: id})-[x:TIE]->(t:Actor)
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIdsJson AS evidenceIds, x.documentIdsJson AS documentIds
UNION
UNWIND $ids AS id
MATCH (s:Actor)-[x:TIE]->(t:Actor {id: id})
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIdsJson AS evidenceIds, x.documentIdsJson AS documentIds
