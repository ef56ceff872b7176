// Full-text hits of every searchable kind, the best $limit of each, through the
// four full-text indexes (stemmed, English stop words dropped). $text is plain
// words (the service strips everything else); any word may match.
CALL QUERY_FTS_INDEX('Actor', 'actor_names_fts', $text, top := $limit)
RETURN 'ACTOR' AS kind, node.id AS id, score
UNION ALL
CALL QUERY_FTS_INDEX('Statement', 'statement_text_fts', $text, top := $limit)
RETURN 'STATEMENT' AS kind, node.id AS id, score
UNION ALL
CALL QUERY_FTS_INDEX('Event', 'event_text_fts', $text, top := $limit)
RETURN 'EVENT' AS kind, node.id AS id, score
UNION ALL
CALL QUERY_FTS_INDEX('Document', 'document_text_fts', $text, top := $limit)
RETURN 'DOCUMENT' AS kind, node.id AS id, score
