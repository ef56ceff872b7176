CALL QUERY_FTS_INDEX('Statement', 'statement_text_fts', $text)
WITH node AS s
WHERE ($speakerId = '' OR s.speakerId = $speakerId)
  AND ($aboutId = '' OR EXISTS { MATCH (s)-[:ABOUT]->(x:Actor) WHERE x.id = $aboutId })
RETURN count(s) AS total
