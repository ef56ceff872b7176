// Kuzu 0.11 crashes when a write updates a property covered by a full-text index,
// so the adapter drops these indexes before an ingest and rebuilds them after.
CALL DROP_FTS_INDEX('Actor', 'actor_names_fts');
CALL DROP_FTS_INDEX('Statement', 'statement_text_fts');
CALL DROP_FTS_INDEX('Event', 'event_text_fts');
CALL DROP_FTS_INDEX('Document', 'document_text_fts');
