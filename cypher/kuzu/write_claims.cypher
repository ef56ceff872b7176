// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes).
UNWIND $rows[2:] AS r
WITH r, r.id AS claimId
MERGE (c:Claim {id: claimId})
SET c.fingerprint = r.fingerprint, c.subjectId = r.subjectId, c.subjectKind = r.subjectKind, c.property = r.property,
    c.wording = r.wording, c.accordingToId = r.accordingToId,
    c.value = r.value, c.minimum = CAST(r.minimum AS DOUBLE), c.maximum = CAST(r.maximum AS DOUBLE),
    c.documentId = r.documentId, c.evidenceIds = r.evidenceIds
RETURN count(*) AS n
