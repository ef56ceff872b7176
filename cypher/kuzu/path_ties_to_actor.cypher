// The ties to one actor from some others: records of steps on paths found.
// Anchored on one primary key, so Kuzu follows the actor's adjacency list.
MATCH (s:Actor)-[x:TIE]->(t:Actor {id: $id})
WHERE s.id IN $others
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIdsJson AS evidenceIds,
       x.documentIdsJson AS documentIds
