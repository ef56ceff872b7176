// Full-text indexes (Kuzu's built-in FTS: stemmed, English stop words dropped).
// Run once after the tables exist; the adapter skips indexes that already exist
// and rebuilds one whose columns differ from these. One column each: Kuzu 0.11.3
// crashes when a write updates a node whose full-text index spans several, so
// each searched text is one column joining the fields (searchText). Kuzu splits
// words only on white space and ASCII punctuation, so that column holds the
// fields with every other mark made a space (searchableText in src/domain/text.ts):
// "Tikhanovsky’s" and “Lukashenko” are then found by their words.
CALL CREATE_FTS_INDEX('Actor', 'actor_names_fts', ['searchText']);
CALL CREATE_FTS_INDEX('Statement', 'statement_text_fts', ['searchText']);
CALL CREATE_FTS_INDEX('Event', 'event_text_fts', ['searchText']);
CALL CREATE_FTS_INDEX('Document', 'document_text_fts', ['searchText']);
