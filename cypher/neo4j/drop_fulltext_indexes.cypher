// Nothing to drop. Neo4j maintains full-text indexes transactionally: a write
// that changes an indexed property updates the index as it commits (or leaves
// it untouched when it rolls back). Kuzu 0.11 crashes in that case and so drops
// its indexes around an ingest; on Neo4j this file has no statements, and
// CypherCatalog.statements('drop_fulltext_indexes') returns [].
