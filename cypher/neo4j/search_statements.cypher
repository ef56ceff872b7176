// Text filter through the full-text index, then the same filters and keyset order.
// $text is a Lucene query: the adapter escapes the user's words before sending them.
CALL db.index.fulltext.queryNodes('statement_text_fts', $text) YIELD node AS s
WITH s
WHERE ($speakerId = '' OR s.speakerId = $speakerId)
  AND ($aboutId = '' OR EXISTS { MATCH (s)-[:ABOUT]->(x:Actor) WHERE x.id = $aboutId })
  AND ($after = '' OR s.sortKey > $after)
WITH s
ORDER BY s.sortKey
LIMIT $limit
RETURN s {.*} AS n
