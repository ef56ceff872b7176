// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY CLAIM_ABOUT FROM (
  WITH $id AS id, $subjectId AS subjectId
  UNWIND range(2, size(id)) AS i
  RETURN id[i], subjectId[i]
) (from='Claim', to='Actor')
