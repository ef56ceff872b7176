// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes).
UNWIND $rows[2:] AS r
WITH r, r.id AS documentId
MERGE (d:Document {id: documentId})
SET d.fingerprint = r.fingerprint, d.searchText = r.searchText, d.title = r.title, d.author = r.author, d.authorActorId = r.authorActorId,
    d.publishedDate = r.publishedDate, d.publishedPrecision = r.publishedPrecision,
    d.publishedInferred = r.publishedInferred, d.publishedBasis = r.publishedBasis,
    d.text = r.text, d.sortKey = r.sortKey, d.evidenceIds = r.evidenceIds
RETURN count(*) AS n
