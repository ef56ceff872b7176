// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY AUTHORED FROM (
  WITH $authorActorId AS authorActorId, $id AS id
  UNWIND range(2, size(authorActorId)) AS i
  RETURN authorActorId[i], id[i]
)
