// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY SAID FROM (
  WITH $speakerId AS speakerId, $id AS id
  UNWIND range(2, size(speakerId)) AS i
  RETURN speakerId[i], id[i]
)
