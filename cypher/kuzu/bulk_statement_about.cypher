// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY ABOUT FROM (
  WITH $statementId AS statementId, $actorId AS actorId
  UNWIND range(2, size(statementId)) AS i
  RETURN statementId[i], actorId[i]
)
