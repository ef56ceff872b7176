// Full-text indexes (Lucene). The 'english' analyzer stems and drops English stop
// words, like Kuzu's built-in FTS. Neo4j updates them in the committing
// transaction, so they are created once and never dropped.
CREATE FULLTEXT INDEX actor_names_fts IF NOT EXISTS
FOR (a:Actor) ON EACH [a.name, a.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
CREATE FULLTEXT INDEX statement_text_fts IF NOT EXISTS
FOR (s:Statement) ON EACH [s.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
CREATE FULLTEXT INDEX event_text_fts IF NOT EXISTS
FOR (e:Event) ON EACH [e.title, e.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
CREATE FULLTEXT INDEX document_text_fts IF NOT EXISTS
FOR (d:Document) ON EACH [d.title, d.text]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
// A new index fills in the background; querying it before it is ONLINE fails.
CALL db.awaitIndexes(300);
