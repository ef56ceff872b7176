// Ties by their own ids (the planned reads' roots of a tie page hold them under
// this lookup). One pass over the tie table, filtered: Kuzu has no index on a
// relationship's properties. Pages of ties read theirs from the actor's
// adjacency instead (ties_of_actor_by_ids).
MATCH (s:Actor)-[x:TIE]->(t:Actor)
WHERE x.id IN $ids
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIdsJson AS evidenceIds,
       x.documentIdsJson AS documentIds
