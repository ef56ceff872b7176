// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here. Lists are
// kept as JSON text (schema.cypher).
UNWIND $rows[2:] AS r
MATCH (s:Actor {id: r.sourceId}), (t:Actor {id: r.targetId})
MERGE (s)-[x:TIE {id: r.id}]->(t)
SET x.fingerprint = r.fingerprint, x.type = r.type, x.role = r.role, x.since = r.since, x.until = r.until,
    x.former = r.former, x.evidenceIdsJson = to_json(r.evidenceIds),
    x.documentIdsJson = to_json(r.documentIds)
RETURN count(*) AS n
