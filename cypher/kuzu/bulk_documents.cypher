// Bulk load into an empty store (kuzu-bulk-spool.ts): COPY from a CSV file the adapter
// spools; {{file}} is that file's path (checked by the adapter, never from input). Columns are
// named, so a table whose columns an upgrade appended loads the same. An empty cell is null;
// $emptyCell stands for an empty text and list items are joined by $itemSep.
COPY Document(id, title, author, authorActorId, publishedDate, publishedPrecision, publishedInferred, publishedBasis, text, sortKey, evidenceIds, fingerprint, searchText) FROM (
  LOAD WITH HEADERS (
    id STRING, title STRING, author STRING, authorActorId STRING, publishedDate STRING,
    publishedPrecision STRING, publishedInferred BOOLEAN, publishedBasis STRING, text STRING,
    sortKey STRING, evidenceIds STRING, fingerprint STRING, searchText STRING
  ) FROM '{{file}}' (header = true, parallel = false)
  WITH *, $itemSep AS itemSep, $emptyCell AS emptyCell
  RETURN
    CASE WHEN id = emptyCell THEN '' ELSE id END,
    CASE WHEN title = emptyCell THEN '' ELSE title END,
    CASE WHEN author = emptyCell THEN '' ELSE author END,
    CASE WHEN authorActorId = emptyCell THEN '' ELSE authorActorId END,
    CASE WHEN publishedDate = emptyCell THEN '' ELSE publishedDate END,
    CASE WHEN publishedPrecision = emptyCell THEN '' ELSE publishedPrecision END, publishedInferred,
    CASE WHEN publishedBasis = emptyCell THEN '' ELSE publishedBasis END,
    CASE WHEN text = emptyCell THEN '' ELSE text END,
    CASE WHEN sortKey = emptyCell THEN '' ELSE sortKey END, string_split(evidenceIds, itemSep),
    CASE WHEN fingerprint = emptyCell THEN '' ELSE fingerprint END,
    CASE WHEN searchText = emptyCell THEN '' ELSE searchText END
)
