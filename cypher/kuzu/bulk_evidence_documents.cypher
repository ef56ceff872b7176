// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY FOUND_IN FROM (
  WITH $id AS id, $documentId AS documentId
  UNWIND range(2, size(id)) AS i
  RETURN id[i], documentId[i]
)
