// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes). The keys
// exist already (write_alias_keys): Kuzu 0.11, given two rows that MERGE one new
// Alias in one statement, creates it once but links only one row's actor.
UNWIND $rows[2:] AS r
WITH r, r.key AS key
MATCH (al:Alias {key: key})
WITH al, r, r.actorId AS actorId
MATCH (a:Actor {id: actorId})
MERGE (al)-[:NAMES]->(a)
RETURN count(*) AS n
