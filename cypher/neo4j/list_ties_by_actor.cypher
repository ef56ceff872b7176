// A page of an actor's ties in either direction (Actor.tiesConnection), by type
// then id (tieSortKey), after the cursor, with their ends as columns. The filter
// is count_ties_by_actor's; asOf as tieInWindow (list-params.ts, tieListParams).
MATCH (:Actor {id: $actorId})-[x:TIE]-(:Actor)
WITH DISTINCT x
WHERE ($anyType OR x.type IN $types)
  AND ($asOf = ''
    OR (NOT (coalesce(x.former, false) AND x.until IS NULL)
      AND (x.since IS NULL OR x.since <= CASE size(x.since) WHEN 4 THEN $asOfYear WHEN 7 THEN $asOfMonth ELSE $asOf END)
      AND (x.until IS NULL OR x.until >= CASE size(x.until) WHEN 4 THEN $asOfYear WHEN 7 THEN $asOfMonth ELSE $asOf END)))
  AND ($afterType = '' OR x.type > $afterType OR (x.type = $afterType AND x.id > $afterId))
RETURN x.id AS id, startNode(x).id AS sourceId, endNode(x).id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIds AS evidenceIds,
       x.documentIds AS documentIds
ORDER BY type, id
LIMIT $limit
