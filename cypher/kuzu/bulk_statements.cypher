// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY Statement FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell, string_split($id, $cellSep) AS id,
       string_split($speakerId, $cellSep) AS speakerId, string_split($text, $cellSep) AS text,
       string_split($mode, $cellSep) AS mode, string_split($date, $cellSep) AS date,
       string_split($datePrecision, $cellSep) AS datePrecision,
       string_split($eventId, $cellSep) AS eventId,
       string_split($documentId, $cellSep) AS documentId,
       string_split($sortKey, $cellSep) AS sortKey,
       string_split($evidenceIds, $cellSep) AS evidenceIds, string_split($fingerprint, $cellSep) AS fingerprint
  UNWIND range(1, size(id)) AS i
  RETURN nullif(id[i], nullCell), nullif(speakerId[i], nullCell), nullif(text[i], nullCell),
         nullif(mode[i], nullCell), nullif(date[i], nullCell), nullif(datePrecision[i], nullCell),
         nullif(eventId[i], nullCell), nullif(documentId[i], nullCell),
         nullif(sortKey[i], nullCell), string_split(nullif(evidenceIds[i], nullCell), itemSep), nullif(fingerprint[i], nullCell)
)
