// Starts from the participant's relationships instead of scanning all events.
MATCH (:Actor {id: $participantId})-[:PARTICIPATED]->(e:Event)
WITH DISTINCT e
WHERE ($anyType OR e.type IN $types)
  AND ((e.dateStart IS NULL AND $withUndated)
    OR (e.dateStart IS NOT NULL AND $withDated AND ($from = '' OR e.dateEnd >= $from) AND ($to = '' OR e.dateStart <= $to)))
  AND ($after = '' OR e.sortKey > $after)
WITH e
ORDER BY e.sortKey
LIMIT $limit
RETURN e {.*} AS n
