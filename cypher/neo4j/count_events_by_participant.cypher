MATCH (:Actor {id: $participantId})-[:PARTICIPATED]->(e:Event)
WITH DISTINCT e
WHERE ($anyType OR e.type IN $types)
  AND ($from = '' OR e.dateEnd >= $from)
  AND ($to = '' OR e.dateStart <= $to)
RETURN count(e) AS total
