// Full-text indexes (Kuzu's built-in FTS: stemmed, English stop words dropped).
// Run once after the tables exist; the adapter skips indexes that already exist.
CALL CREATE_FTS_INDEX('Actor', 'actor_names_fts', ['name', 'searchText']);
CALL CREATE_FTS_INDEX('Statement', 'statement_text_fts', ['text']);
CALL CREATE_FTS_INDEX('Event', 'event_text_fts', ['title', 'description']);
CALL CREATE_FTS_INDEX('Document', 'document_text_fts', ['title', 'text']);
