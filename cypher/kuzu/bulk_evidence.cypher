// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY Evidence FROM (
  WITH $id AS id, $documentId AS documentId, $quote AS quote, $startOffset AS startOffset, $endOffset AS endOffset, $factId AS factId, $factKind AS factKind
  UNWIND range(2, size(id)) AS i
  RETURN id[i], documentId[i], quote[i], CAST(startOffset[i] AS INT64), CAST(endOffset[i] AS INT64), factId[i], factKind[i]
)
