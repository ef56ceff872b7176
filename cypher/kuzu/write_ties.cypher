// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes).
// Lists are kept as JSON text (schema.cypher).
UNWIND $rows[2:] AS r
WITH r, r.sourceId AS sourceId
MATCH (s:Actor {id: sourceId})
WITH s, r, r.targetId AS targetId
MATCH (t:Actor {id: targetId})
MERGE (s)-[x:TIE {id: r.id}]->(t)
SET x.fingerprint = r.fingerprint, x.type = r.type, x.role = r.role, x.since = r.since, x.until = r.until,
    x.former = r.former, x.evidenceIdsJson = to_json(r.evidenceIds),
    x.documentIdsJson = to_json(r.documentIds)
RETURN count(*) AS n
