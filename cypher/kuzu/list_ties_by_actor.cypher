// A page of an actor's ties in either direction (Actor.tiesConnection), by type
// then id (tieSortKey), after the cursor: only the keys, cut by Kuzu's top-k, so
// that a hub's thousands of ties are not all returned (8 ms for 8,200 ties at L,
// against 200 ms to return them). The page's ties are then read from the actor's
// adjacency (ties_of_actor_by_ids). The filter is count_ties_by_actor's; asOf as
// tieInWindow (list-params.ts, tieListParams).
MATCH (:Actor {id: $actorId})-[x:TIE]-(:Actor)
WHERE ($anyType OR x.type IN $types)
  AND ($asOf = ''
    OR (NOT (coalesce(x.former, false) AND x.until IS NULL)
      AND (x.since IS NULL OR x.since <= CASE size(x.since) WHEN 4 THEN $asOfYear WHEN 7 THEN $asOfMonth ELSE $asOf END)
      AND (x.until IS NULL OR x.until >= CASE size(x.until) WHEN 4 THEN $asOfYear WHEN 7 THEN $asOfMonth ELSE $asOf END)))
  AND ($afterType = '' OR x.type > $afterType OR (x.type = $afterType AND x.id > $afterId))
RETURN DISTINCT x.id AS id, x.type AS type
ORDER BY type, id
LIMIT $limit
