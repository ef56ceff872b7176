// The record's properties as a struct (as actors_by_ids): the whole node would
// also bring its search text and fingerprint, a second copy of the text.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN {id: d.id, title: d.title, author: d.author, authorActorId: d.authorActorId, publishedDate: d.publishedDate, publishedPrecision: d.publishedPrecision, publishedInferred: d.publishedInferred, publishedBasis: d.publishedBasis, text: d.text, sortKey: d.sortKey, evidenceIds: d.evidenceIds} AS n
