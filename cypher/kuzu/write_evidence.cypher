// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MERGE (v:Evidence {id: r.id})
SET v.fingerprint = r.fingerprint, v.documentId = r.documentId, v.quote = r.quote, v.startOffset = CAST(r.startOffset AS INT64),
    v.endOffset = CAST(r.endOffset AS INT64), v.factId = r.factId, v.factKind = r.factKind
WITH v, r
MATCH (d:Document {id: r.documentId})
MERGE (v)-[:FOUND_IN]->(d)
RETURN count(*) AS n
