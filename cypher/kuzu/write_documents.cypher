// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MERGE (d:Document {id: r.id})
SET d.fingerprint = r.fingerprint, d.searchText = r.searchText, d.title = r.title, d.author = r.author, d.authorActorId = r.authorActorId,
    d.publishedDate = r.publishedDate, d.publishedPrecision = r.publishedPrecision,
    d.publishedInferred = r.publishedInferred, d.publishedBasis = r.publishedBasis,
    d.text = r.text, d.sortKey = r.sortKey, d.evidenceIds = r.evidenceIds
RETURN count(*) AS n
