// The ties from one actor to some others: records of steps on paths found.
// Anchored on one primary key, so Kuzu follows the actor's adjacency list.
MATCH (s:Actor {id: $id})-[x:TIE]->(t:Actor)
WHERE t.id IN $others
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIdsJson AS evidenceIds,
       x.documentIdsJson AS documentIds
