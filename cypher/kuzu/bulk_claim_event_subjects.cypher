// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY CLAIM_ABOUT FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell, string_split($id, $cellSep) AS id,
       string_split($subjectId, $cellSep) AS subjectId
  UNWIND range(1, size(id)) AS i
  RETURN nullif(id[i], nullCell), nullif(subjectId[i], nullCell)
) (from='Claim', to='Event')
