// Bulk load into an empty store (kuzu-bulk-spool.ts): COPY from a CSV file the adapter
// spools; {{file}} is that file's path (checked by the adapter, never from input). Columns are
// named, so a table whose columns an upgrade appended loads the same. An empty cell is null;
// $emptyCell stands for an empty text and list items are joined by $itemSep.
COPY Statement(id, speakerId, text, mode, date, datePrecision, eventId, documentId, sortKey, evidenceIds, fingerprint, searchText) FROM (
  LOAD WITH HEADERS (
    id STRING, speakerId STRING, text STRING, mode STRING, date STRING, datePrecision STRING,
    eventId STRING, documentId STRING, sortKey STRING, evidenceIds STRING, fingerprint STRING, searchText STRING
  ) FROM '{{file}}' (header = true, parallel = false)
  WITH *, $itemSep AS itemSep, $emptyCell AS emptyCell
  RETURN
    CASE WHEN id = emptyCell THEN '' ELSE id END,
    CASE WHEN speakerId = emptyCell THEN '' ELSE speakerId END,
    CASE WHEN text = emptyCell THEN '' ELSE text END,
    CASE WHEN mode = emptyCell THEN '' ELSE mode END,
    CASE WHEN date = emptyCell THEN '' ELSE date END,
    CASE WHEN datePrecision = emptyCell THEN '' ELSE datePrecision END,
    CASE WHEN eventId = emptyCell THEN '' ELSE eventId END,
    CASE WHEN documentId = emptyCell THEN '' ELSE documentId END,
    CASE WHEN sortKey = emptyCell THEN '' ELSE sortKey END, string_split(evidenceIds, itemSep),
    CASE WHEN fingerprint = emptyCell THEN '' ELSE fingerprint END,
    CASE WHEN searchText = emptyCell THEN '' ELSE searchText END
)
