// Bulk load into an empty store (kuzu-bulk-spool.ts): COPY from a CSV file the adapter
// spools; {{file}} is that file's path (checked by the adapter, never from input). Columns are
// named, so a table whose columns an upgrade appended loads the same. An empty cell is null;
// $emptyCell stands for an empty text and list items are joined by $itemSep.
COPY Evidence(id, documentId, quote, startOffset, endOffset, factId, factKind, fingerprint) FROM (
  LOAD WITH HEADERS (
    id STRING, documentId STRING, quote STRING, startOffset INT64, endOffset INT64, factId STRING,
    factKind STRING, fingerprint STRING
  ) FROM '{{file}}' (header = true, parallel = false)
  WITH *, $itemSep AS itemSep, $emptyCell AS emptyCell
  RETURN
    CASE WHEN id = emptyCell THEN '' ELSE id END,
    CASE WHEN documentId = emptyCell THEN '' ELSE documentId END,
    CASE WHEN quote = emptyCell THEN '' ELSE quote END, startOffset, endOffset,
    CASE WHEN factId = emptyCell THEN '' ELSE factId END,
    CASE WHEN factKind = emptyCell THEN '' ELSE factKind END,
    CASE WHEN fingerprint = emptyCell THEN '' ELSE fingerprint END
)
