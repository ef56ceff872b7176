// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY AUTHORED FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell,
       string_split($authorActorId, $cellSep) AS authorActorId, string_split($id, $cellSep) AS id
  UNWIND range(1, size(authorActorId)) AS i
  RETURN nullif(authorActorId[i], nullCell), nullif(id[i], nullCell)
)
