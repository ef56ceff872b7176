// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY Document FROM (
  WITH $id AS id, $title AS title, $author AS author, $authorActorId AS authorActorId, $publishedDate AS publishedDate, $publishedPrecision AS publishedPrecision, $publishedInferred AS publishedInferred, $publishedBasis AS publishedBasis, $text AS text, $sortKey AS sortKey, $evidenceIds AS evidenceIds
  UNWIND range(2, size(id)) AS i
  RETURN id[i], title[i], author[i], authorActorId[i], publishedDate[i], publishedPrecision[i], publishedInferred[i], publishedBasis[i], text[i], sortKey[i], evidenceIds[i]
)
