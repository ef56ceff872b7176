// Bulk load into an empty store (kuzu-bulk-spool.ts): COPY from a CSV file the adapter
// spools; {{file}} is that file's path (checked by the adapter, never from input). Columns are
// named, so a table whose columns an upgrade appended loads the same. An empty cell is null;
// $emptyCell stands for an empty text and list items are joined by $itemSep; lists
// are kept as JSON text (schema.cypher).
COPY TIE(id, type, role, since, until, former, evidenceIdsJson, documentIdsJson, fingerprint) FROM (
  LOAD WITH HEADERS (
    sourceId STRING, targetId STRING, id STRING, type STRING, role STRING, since STRING,
    until STRING, former BOOLEAN, evidenceIds STRING, documentIds STRING, fingerprint STRING
  ) FROM '{{file}}' (header = true, parallel = false)
  WITH *, $itemSep AS itemSep, $emptyCell AS emptyCell
  RETURN
    sourceId, targetId, CASE WHEN id = emptyCell THEN '' ELSE id END,
    CASE WHEN type = emptyCell THEN '' ELSE type END,
    CASE WHEN role = emptyCell THEN '' ELSE role END,
    CASE WHEN since = emptyCell THEN '' ELSE since END,
    CASE WHEN until = emptyCell THEN '' ELSE until END, former,
    to_json(string_split(evidenceIds, itemSep)), to_json(string_split(documentIds, itemSep)),
    CASE WHEN fingerprint = emptyCell THEN '' ELSE fingerprint END
)
