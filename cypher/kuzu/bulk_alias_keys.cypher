// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY Alias FROM (
  WITH $key AS key
  UNWIND range(2, size(key)) AS i
  RETURN key[i]
)
