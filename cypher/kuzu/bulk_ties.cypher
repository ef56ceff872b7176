// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY TIE FROM (
  WITH $sourceId AS sourceId, $targetId AS targetId, $id AS id, $type AS type, $role AS role, $since AS since, $until AS until, $former AS former, $evidenceIds AS evidenceIds
  UNWIND range(2, size(sourceId)) AS i
  RETURN sourceId[i], targetId[i], id[i], type[i], role[i], since[i], until[i], former[i], evidenceIds[i]
)
