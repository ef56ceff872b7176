// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes).
UNWIND $rows[2:] AS r
WITH r, r.id AS claimId
MATCH (c:Claim {id: claimId})
WITH c, r, r.subjectId AS subjectId
MATCH (a:Actor {id: subjectId})
MERGE (c)-[:CLAIM_ABOUT]->(a)
RETURN count(*) AS n
