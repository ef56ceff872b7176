// The ties of many actors' pages (page_tie_keys_by_actors) with every column,
// from those actors' adjacency in each direction. Each part has its own
// parameters: Kuzu 0.11 may crash on one list parameter used in two parts of a UNION.
MATCH (s:Actor)-[x:TIE]->(t:Actor)
WHERE s.id IN $actorIds AND x.id IN $ids
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIdsJson AS evidenceIds,
       x.documentIdsJson AS documentIds
UNION
MATCH (s:Actor)-[x:TIE]->(t:Actor)
WHERE t.id IN $actorIds2 AND x.id IN $ids2
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIdsJson AS evidenceIds,
       x.documentIdsJson AS documentIds
