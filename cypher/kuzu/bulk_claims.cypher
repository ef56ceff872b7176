// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY Claim FROM (
  WITH $id AS id, $subjectId AS subjectId, $subjectKind AS subjectKind, $property AS property, $value AS value, $minimum AS minimum, $maximum AS maximum, $documentId AS documentId, $evidenceIds AS evidenceIds
  UNWIND range(2, size(id)) AS i
  RETURN id[i], subjectId[i], subjectKind[i], property[i], value[i], CAST(minimum[i] AS DOUBLE), CAST(maximum[i] AS DOUBLE), documentId[i], evidenceIds[i]
)
