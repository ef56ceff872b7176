// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY TIE FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell, string_split($sourceId, $cellSep) AS sourceId,
       string_split($targetId, $cellSep) AS targetId, string_split($id, $cellSep) AS id,
       string_split($type, $cellSep) AS type, string_split($role, $cellSep) AS role,
       string_split($since, $cellSep) AS since, string_split($until, $cellSep) AS until,
       string_split($former, $cellSep) AS former,
       string_split($evidenceIds, $cellSep) AS evidenceIds,
       string_split($documentIds, $cellSep) AS documentIds, string_split($fingerprint, $cellSep) AS fingerprint
  UNWIND range(1, size(sourceId)) AS i
  RETURN nullif(sourceId[i], nullCell), nullif(targetId[i], nullCell), nullif(id[i], nullCell),
         nullif(type[i], nullCell), nullif(role[i], nullCell), nullif(since[i], nullCell),
         nullif(until[i], nullCell), CAST(nullif(former[i], nullCell) AS BOOLEAN),
         string_split(nullif(evidenceIds[i], nullCell), itemSep),
         string_split(nullif(documentIds[i], nullCell), itemSep), nullif(fingerprint[i], nullCell)
)
