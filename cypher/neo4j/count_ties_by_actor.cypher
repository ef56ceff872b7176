// How many ties list_ties_by_actor pages through (the same filter, no cursor).
MATCH (:Actor {id: $actorId})-[x:TIE]-(:Actor)
WITH DISTINCT x
WHERE ($anyType OR x.type IN $types)
  AND ($asOf = ''
    OR (NOT (coalesce(x.former, false) AND x.until IS NULL)
      AND (x.since IS NULL OR x.since <= CASE size(x.since) WHEN 4 THEN $asOfYear WHEN 7 THEN $asOfMonth ELSE $asOf END)
      AND (x.until IS NULL OR x.until >= CASE size(x.until) WHEN 4 THEN $asOfYear WHEN 7 THEN $asOfMonth ELSE $asOf END)))
RETURN count(x) AS total
