// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here. The keys
// exist already (write_alias_keys): Kuzu 0.11, given two rows that MERGE one new
// Alias in one statement, creates it once but links only one row's actor.
UNWIND $rows[2:] AS r
MATCH (al:Alias {key: r.key}), (a:Actor {id: r.actorId})
MERGE (al)-[:NAMES]->(a)
RETURN count(*) AS n
