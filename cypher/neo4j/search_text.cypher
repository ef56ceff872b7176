// Full-text hits of statements, events and documents, the best $limit of each,
// through their full-text indexes ('english' analyzer). $text is plain words (the
// service strips everything else, the adapter escapes what Lucene would read as
// syntax); any word may match. Actors are matched by name in the search service.
CALL db.index.fulltext.queryNodes('statement_text_fts', $text, {limit: $limit}) YIELD node, score
RETURN 'STATEMENT' AS kind, node.id AS id, score
UNION ALL
CALL db.index.fulltext.queryNodes('event_text_fts', $text, {limit: $limit}) YIELD node, score
RETURN 'EVENT' AS kind, node.id AS id, score
UNION ALL
CALL db.index.fulltext.queryNodes('document_text_fts', $text, {limit: $limit}) YIELD node, score
RETURN 'DOCUMENT' AS kind, node.id AS id, score
