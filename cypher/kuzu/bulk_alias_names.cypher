// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY NAMES FROM (
  WITH $key AS key, $actorId AS actorId
  UNWIND range(2, size(key)) AS i
  RETURN key[i], actorId[i]
)
