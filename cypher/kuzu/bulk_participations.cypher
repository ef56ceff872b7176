// Bulk load into an empty store (kuzu-bulk-spool.ts): COPY from a CSV file the adapter
// spools; {{file}} is that file's path (checked by the adapter, never from input). Columns are
// named, so a table whose columns an upgrade appended loads the same. An empty cell is null;
// $emptyCell stands for an empty text and list items are joined by $itemSep.
// Lists are kept as JSON text (schema.cypher). The event's sort key, type and dates come
// from the batch (participation-event-keys.ts).
COPY PARTICIPATED(id, rolesJson, evidenceIdsJson, documentIdsJson, fingerprint, eventSortKey, eventType, eventDateStart, eventDateEnd) FROM (
  LOAD WITH HEADERS (
    actorId STRING, eventId STRING, id STRING, roles STRING, evidenceIds STRING, documentIds STRING,
    fingerprint STRING, eventSortKey STRING, eventType STRING, eventDateStart STRING,
    eventDateEnd STRING
  ) FROM '{{file}}' (header = true, parallel = false)
  WITH *, $itemSep AS itemSep, $emptyCell AS emptyCell
  RETURN
    actorId, eventId, CASE WHEN id = emptyCell THEN '' ELSE id END, to_json(string_split(roles, itemSep)),
    to_json(string_split(evidenceIds, itemSep)), to_json(string_split(documentIds, itemSep)),
    CASE WHEN fingerprint = emptyCell THEN '' ELSE fingerprint END,
    CASE WHEN eventSortKey = emptyCell THEN '' ELSE eventSortKey END,
    CASE WHEN eventType = emptyCell THEN '' ELSE eventType END,
    CASE WHEN eventDateStart = emptyCell THEN '' ELSE eventDateStart END,
    CASE WHEN eventDateEnd = emptyCell THEN '' ELSE eventDateEnd END
)
