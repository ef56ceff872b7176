// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY ABOUT FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell,
       string_split($statementId, $cellSep) AS statementId,
       string_split($actorId, $cellSep) AS actorId
  UNWIND range(1, size(statementId)) AS i
  RETURN nullif(statementId[i], nullCell), nullif(actorId[i], nullCell)
)
