// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
// The event's sort key, type and dates come from the batch (participation-event-keys.ts).
COPY PARTICIPATED FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell, string_split($actorId, $cellSep) AS actorId,
       string_split($eventId, $cellSep) AS eventId, string_split($id, $cellSep) AS id,
       string_split($roles, $cellSep) AS roles, string_split($evidenceIds, $cellSep) AS evidenceIds,
       string_split($documentIds, $cellSep) AS documentIds, string_split($fingerprint, $cellSep) AS fingerprint,
       string_split($eventSortKey, $cellSep) AS eventSortKey, string_split($eventType, $cellSep) AS eventType,
       string_split($eventDateStart, $cellSep) AS eventDateStart, string_split($eventDateEnd, $cellSep) AS eventDateEnd
  UNWIND range(1, size(actorId)) AS i
  RETURN nullif(actorId[i], nullCell), nullif(eventId[i], nullCell), nullif(id[i], nullCell),
         string_split(nullif(roles[i], nullCell), itemSep), string_split(nullif(evidenceIds[i], nullCell), itemSep),
         string_split(nullif(documentIds[i], nullCell), itemSep), nullif(fingerprint[i], nullCell),
         nullif(eventSortKey[i], nullCell), nullif(eventType[i], nullCell),
         nullif(eventDateStart[i], nullCell), nullif(eventDateEnd[i], nullCell)
)
