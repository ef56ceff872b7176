// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY Alias FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell, string_split($key, $cellSep) AS key
  UNWIND range(1, size(key)) AS i
  RETURN nullif(key[i], nullCell)
)
