UNWIND $rows AS r
MERGE (v:Evidence {id: r.id})
SET v.documentId = r.documentId, v.quote = r.quote, v.startOffset = r.startOffset,
    v.endOffset = r.endOffset, v.factId = r.factId, v.factKind = r.factKind
WITH v, r
MATCH (d:Document {id: r.documentId})
MERGE (v)-[:FOUND_IN]->(d)
RETURN count(*) AS n
