MATCH (s:Statement)
WHERE ($speakerId = '' OR s.speakerId = $speakerId)
  AND ($aboutId = '' OR EXISTS { MATCH (s)-[:ABOUT]->(x:Actor) WHERE x.id = $aboutId })
  AND ($after = '' OR s.sortKey > $after)
WITH s
ORDER BY s.sortKey
LIMIT $limit
RETURN s {.*} AS n
