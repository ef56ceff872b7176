// Full-text hits of every searchable kind, the best $limit of each, through the
// four full-text indexes ('english' analyzer). $text is plain words (the service
// strips everything else, the adapter escapes what Lucene would read as syntax);
// any word may match.
CALL db.index.fulltext.queryNodes('actor_names_fts', $text, {limit: $limit}) YIELD node, score
RETURN 'ACTOR' AS kind, node.id AS id, score
UNION ALL
CALL db.index.fulltext.queryNodes('statement_text_fts', $text, {limit: $limit}) YIELD node, score
RETURN 'STATEMENT' AS kind, node.id AS id, score
UNION ALL
CALL db.index.fulltext.queryNodes('event_text_fts', $text, {limit: $limit}) YIELD node, score
RETURN 'EVENT' AS kind, node.id AS id, score
UNION ALL
CALL db.index.fulltext.queryNodes('document_text_fts', $text, {limit: $limit}) YIELD node, score
RETURN 'DOCUMENT' AS kind, node.id AS id, score
