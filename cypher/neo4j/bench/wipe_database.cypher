// Removes every node of a database the bench claimed while it was empty, in
// batches so that no one transaction holds the whole graph. Runs as an
// auto-commit query (CALL … IN TRANSACTIONS requires it).
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
