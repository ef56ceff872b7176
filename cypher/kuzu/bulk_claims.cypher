// Bulk load into an empty store (kuzu-bulk-spool.ts): COPY from a CSV file the adapter
// spools; {{file}} is that file's path (checked by the adapter, never from input). Columns are
// named, so a table whose columns an upgrade appended loads the same. An empty cell is null;
// $emptyCell stands for an empty text and list items are joined by $itemSep.
COPY Claim(id, subjectId, subjectKind, property, wording, accordingToId, value, minimum, maximum, documentId, evidenceIds, fingerprint) FROM (
  LOAD WITH HEADERS (
    id STRING, subjectId STRING, subjectKind STRING, property STRING, wording STRING,
    accordingToId STRING, value STRING, minimum DOUBLE, maximum DOUBLE, documentId STRING,
    evidenceIds STRING, fingerprint STRING
  ) FROM '{{file}}' (header = true, parallel = false)
  WITH *, $itemSep AS itemSep, $emptyCell AS emptyCell
  RETURN
    CASE WHEN id = emptyCell THEN '' ELSE id END,
    CASE WHEN subjectId = emptyCell THEN '' ELSE subjectId END,
    CASE WHEN subjectKind = emptyCell THEN '' ELSE subjectKind END,
    CASE WHEN property = emptyCell THEN '' ELSE property END,
    CASE WHEN wording = emptyCell THEN '' ELSE wording END,
    CASE WHEN accordingToId = emptyCell THEN '' ELSE accordingToId END,
    CASE WHEN value = emptyCell THEN '' ELSE value END, minimum, maximum,
    CASE WHEN documentId = emptyCell THEN '' ELSE documentId END,
    string_split(evidenceIds, itemSep),
    CASE WHEN fingerprint = emptyCell THEN '' ELSE fingerprint END
)
