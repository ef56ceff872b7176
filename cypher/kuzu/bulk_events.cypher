// Bulk load into an empty store (kuzu-bulk-spool.ts): COPY from a CSV file the adapter
// spools; {{file}} is that file's path (checked by the adapter, never from input). Columns are
// named, so a table whose columns an upgrade appended loads the same. An empty cell is null;
// $emptyCell stands for an empty text and list items are joined by $itemSep.
COPY Event(id, type, title, description, date, datePrecision, dateStart, dateEnd, dateInferred, dateBasis, placeId, sortKey, evidenceIds, fingerprint, searchText) FROM (
  LOAD WITH HEADERS (
    id STRING, type STRING, title STRING, description STRING, date STRING, datePrecision STRING,
    dateStart STRING, dateEnd STRING, dateInferred BOOLEAN, dateBasis STRING, placeId STRING,
    sortKey STRING, evidenceIds STRING, fingerprint STRING, searchText STRING
  ) FROM '{{file}}' (header = true, parallel = false)
  WITH *, $itemSep AS itemSep, $emptyCell AS emptyCell
  RETURN
    CASE WHEN id = emptyCell THEN '' ELSE id END, CASE WHEN type = emptyCell THEN '' ELSE type END,
    CASE WHEN title = emptyCell THEN '' ELSE title END,
    CASE WHEN description = emptyCell THEN '' ELSE description END,
    CASE WHEN date = emptyCell THEN '' ELSE date END,
    CASE WHEN datePrecision = emptyCell THEN '' ELSE datePrecision END,
    CASE WHEN dateStart = emptyCell THEN '' ELSE dateStart END,
    CASE WHEN dateEnd = emptyCell THEN '' ELSE dateEnd END, dateInferred,
    CASE WHEN dateBasis = emptyCell THEN '' ELSE dateBasis END,
    CASE WHEN placeId = emptyCell THEN '' ELSE placeId END,
    CASE WHEN sortKey = emptyCell THEN '' ELSE sortKey END, string_split(evidenceIds, itemSep),
    CASE WHEN fingerprint = emptyCell THEN '' ELSE fingerprint END,
    CASE WHEN searchText = emptyCell THEN '' ELSE searchText END
)
