// Full-text hits of statements, events and documents, the best $limit of each,
// through their full-text indexes (stemmed, English stop words dropped). $text is
// plain words (the service strips everything else); any word may match. Actors
// are matched by name in the search service, not here.
CALL QUERY_FTS_INDEX('Statement', 'statement_text_fts', $text, top := $limit)
RETURN 'STATEMENT' AS kind, node.id AS id, score
UNION ALL
CALL QUERY_FTS_INDEX('Event', 'event_text_fts', $text, top := $limit)
RETURN 'EVENT' AS kind, node.id AS id, score
UNION ALL
CALL QUERY_FTS_INDEX('Document', 'document_text_fts', $text, top := $limit)
RETURN 'DOCUMENT' AS kind, node.id AS id, score
