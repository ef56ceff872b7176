// Bulk load into an empty store (kuzu-bulk-spool.ts): COPY from a CSV file the adapter
// spools; {{file}} is that file's path (checked by the adapter, never from input). Columns are
// named, so a table whose columns an upgrade appended loads the same. An empty cell is null;
// $emptyCell stands for an empty text and list items are joined by $itemSep.
COPY MADE_AT FROM (
  LOAD WITH HEADERS (
    id STRING, eventId STRING
  ) FROM '{{file}}' (header = true, parallel = false)
  WITH *, $itemSep AS itemSep, $emptyCell AS emptyCell
  RETURN
    id, eventId
)
