// Text filter through the full-text index, then the same filters and keyset order.
CALL QUERY_FTS_INDEX('Statement', 'statement_text_fts', $text)
WITH node AS s
WHERE ($speakerId = '' OR s.speakerId = $speakerId)
  AND ($aboutId = '' OR EXISTS { MATCH (s)-[:ABOUT]->(x:Actor) WHERE x.id = $aboutId })
  AND ($after = '' OR s.sortKey > $after)
RETURN s AS n
ORDER BY s.sortKey
LIMIT $limit
