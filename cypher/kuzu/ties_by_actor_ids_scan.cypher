// Planned reads on a small graph (kuzu.store.ts, byIdsOn): the ties of the actors in
// either direction, as ties_by_actor_ids returns them, in one pass over the tie table
// instead of its two keyed parts and the UNION that drops repeats (on the seeds 1 ms
// against 3). The same ids twice, as two parameters: Kuzu 0.11 may crash on one list
// parameter used twice.
MATCH (s:Actor)-[x:TIE]->(t:Actor)
WHERE s.id IN $ids OR t.id IN $ids2
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIdsJson AS evidenceIds, x.documentIdsJson AS documentIds
