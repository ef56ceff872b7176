// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY TOOK_PLACE_IN FROM (
  WITH $id AS id, $placeId AS placeId
  UNWIND range(2, size(id)) AS i
  RETURN id[i], placeId[i]
)
