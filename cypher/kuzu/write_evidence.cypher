// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes).
UNWIND $rows[2:] AS r
WITH r, r.id AS evidenceId
MERGE (v:Evidence {id: evidenceId})
SET v.fingerprint = r.fingerprint, v.documentId = r.documentId, v.quote = r.quote, v.startOffset = CAST(r.startOffset AS INT64),
    v.endOffset = CAST(r.endOffset AS INT64), v.factId = r.factId, v.factKind = r.factKind
// `r` stays in scope past the SET: without it Kuzu 0.11 fails ("Cannot evaluate expression with type VARIABLE").
WITH v, r, r.documentId AS documentId
MATCH (d:Document {id: documentId})
MERGE (v)-[:FOUND_IN]->(d)
RETURN count(*) AS n
