// The ties of a page (list_ties_by_actor) with every column, from the actor's
// adjacency in each direction: only these rows are returned. UNION returns a tie
// of the actor to itself once. Each part has its own parameters: Kuzu 0.11 may
// crash on one list parameter used in two parts of a UNION.
MATCH (s:Actor {id: $actorId})-[x:TIE]->(t:Actor)
WHERE x.id IN $ids
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIdsJson AS evidenceIds,
       x.documentIdsJson AS documentIds
UNION
MATCH (s:Actor)-[x:TIE]->(t:Actor {id: $actorId2})
WHERE x.id IN $ids2
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIdsJson AS evidenceIds,
       x.documentIdsJson AS documentIds
