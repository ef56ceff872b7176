// minimum and maximum arrive as JavaScript numbers, which the driver sends as
// floats: the same DOUBLE type Kuzu declares.
UNWIND $rows AS r
MERGE (c:Claim {id: r.id})
SET c.fingerprint = r.fingerprint, c.subjectId = r.subjectId, c.subjectKind = r.subjectKind, c.property = r.property,
    c.wording = r.wording, c.accordingToId = r.accordingToId,
    c.value = r.value, c.minimum = r.minimum, c.maximum = r.maximum,
    c.documentId = r.documentId, c.evidenceIds = r.evidenceIds
RETURN count(*) AS n
