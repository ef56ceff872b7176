// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY LOCATED_IN FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell, string_split($id, $cellSep) AS id,
       string_split($countryId, $cellSep) AS countryId
  UNWIND range(1, size(id)) AS i
  RETURN nullif(id[i], nullCell), nullif(countryId[i], nullCell)
)
