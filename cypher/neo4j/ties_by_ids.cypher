// Ties by their own ids, with their ends as columns (tree_root_tie finds each
// tie again from its source).
MATCH (s:Actor)-[x:TIE]->(t:Actor)
WHERE x.id IN $ids
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIds AS evidenceIds,
       x.documentIds AS documentIds
