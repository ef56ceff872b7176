MATCH (s:Statement)
WHERE ($speakerId = '' OR s.speakerId = $speakerId)
  AND ($aboutId = '' OR EXISTS { MATCH (s)-[:ABOUT]->(x:Actor) WHERE x.id = $aboutId })
  AND ($after = '' OR s.sortKey > $after)
RETURN s AS n
ORDER BY s.sortKey
LIMIT $limit
