UNWIND $rows AS r
MERGE (d:Document {id: r.id})
SET d.fingerprint = r.fingerprint, d.title = r.title, d.author = r.author, d.authorActorId = r.authorActorId,
    d.publishedDate = r.publishedDate, d.publishedPrecision = r.publishedPrecision,
    d.publishedInferred = r.publishedInferred, d.publishedBasis = r.publishedBasis,
    d.text = r.text, d.sortKey = r.sortKey, d.evidenceIds = r.evidenceIds
RETURN count(*) AS n
