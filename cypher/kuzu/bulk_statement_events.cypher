// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY MADE_AT FROM (
  WITH $id AS id, $eventId AS eventId
  UNWIND range(2, size(id)) AS i
  RETURN id[i], eventId[i]
)
