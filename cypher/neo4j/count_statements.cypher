MATCH (s:Statement)
WHERE ($speakerId = '' OR s.speakerId = $speakerId)
  AND ($aboutId = '' OR EXISTS { MATCH (s)-[:ABOUT]->(x:Actor) WHERE x.id = $aboutId })
RETURN count(s) AS total
