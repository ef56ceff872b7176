// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MATCH (s:Actor {id: r.sourceId}), (t:Actor {id: r.targetId})
MERGE (s)-[x:TIE {id: r.id}]->(t)
SET x.fingerprint = r.fingerprint, x.type = r.type, x.role = r.role, x.since = r.since, x.until = r.until,
    x.former = r.former, x.evidenceIds = r.evidenceIds, x.documentIds = r.documentIds
RETURN count(*) AS n
