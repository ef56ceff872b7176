// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MERGE (c:Claim {id: r.id})
SET c.fingerprint = r.fingerprint, c.subjectId = r.subjectId, c.subjectKind = r.subjectKind, c.property = r.property,
    c.wording = r.wording, c.accordingToId = r.accordingToId,
    c.value = r.value, c.minimum = CAST(r.minimum AS DOUBLE), c.maximum = CAST(r.maximum AS DOUBLE),
    c.documentId = r.documentId, c.evidenceIds = r.evidenceIds
RETURN count(*) AS n
