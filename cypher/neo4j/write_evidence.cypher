// The driver sends JavaScript numbers as floats; the offsets are stored as
// integers (Kuzu's INT64), so they compare and sort as whole numbers.
UNWIND $rows AS r
MERGE (v:Evidence {id: r.id})
SET v.fingerprint = r.fingerprint, v.documentId = r.documentId, v.quote = r.quote, v.startOffset = toInteger(r.startOffset),
    v.endOffset = toInteger(r.endOffset), v.factId = r.factId, v.factKind = r.factKind
WITH v, r
MATCH (d:Document {id: r.documentId})
MERGE (v)-[:FOUND_IN]->(d)
RETURN count(*) AS n
