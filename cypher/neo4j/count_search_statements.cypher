// $text is a Lucene query: the adapter escapes the user's words before sending them.
CALL db.index.fulltext.queryNodes('statement_text_fts', $text) YIELD node AS s
WITH s
WHERE ($speakerId = '' OR s.speakerId = $speakerId)
  AND ($aboutId = '' OR EXISTS { MATCH (s)-[:ABOUT]->(x:Actor) WHERE x.id = $aboutId })
RETURN count(s) AS total
