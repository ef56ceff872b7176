// Bulk load into an empty store (kuzu-bulk-spool.ts): COPY from a CSV file the adapter
// spools; {{file}} is that file's path (checked by the adapter, never from input). Columns are
// named, so a table whose columns an upgrade appended loads the same. An empty cell is null;
// $emptyCell stands for an empty text and list items are joined by $itemSep.
COPY Actor(id, name, kind, aliases, aliasKeys, searchText, description, sortKey, evidenceIds, fingerprint) FROM (
  LOAD WITH HEADERS (
    id STRING, name STRING, kind STRING, aliases STRING, aliasKeys STRING, searchText STRING,
    description STRING, sortKey STRING, evidenceIds STRING, fingerprint STRING
  ) FROM '{{file}}' (header = true, parallel = false)
  WITH *, $itemSep AS itemSep, $emptyCell AS emptyCell
  RETURN
    CASE WHEN id = emptyCell THEN '' ELSE id END, CASE WHEN name = emptyCell THEN '' ELSE name END,
    CASE WHEN kind = emptyCell THEN '' ELSE kind END, string_split(aliases, itemSep),
    string_split(aliasKeys, itemSep), CASE WHEN searchText = emptyCell THEN '' ELSE searchText END,
    CASE WHEN description = emptyCell THEN '' ELSE description END,
    CASE WHEN sortKey = emptyCell THEN '' ELSE sortKey END, string_split(evidenceIds, itemSep),
    CASE WHEN fingerprint = emptyCell THEN '' ELSE fingerprint END
)
