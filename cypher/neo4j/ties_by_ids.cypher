// Ties by their own ids (the tie_id relationship index), with their ends as
// columns (tree_root_tie finds each tie again from its source). The API reads
// ties by actor (ties_by_actor_ids) or a page at a time (list_ties_by_actor);
// this serves tiesByIds and roots read by id.
MATCH (s:Actor)-[x:TIE]->(t:Actor)
WHERE x.id IN $ids
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIds AS evidenceIds,
       x.documentIds AS documentIds
