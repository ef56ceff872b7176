// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY Evidence FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell, string_split($id, $cellSep) AS id,
       string_split($documentId, $cellSep) AS documentId, string_split($quote, $cellSep) AS quote,
       string_split($startOffset, $cellSep) AS startOffset,
       string_split($endOffset, $cellSep) AS endOffset, string_split($factId, $cellSep) AS factId,
       string_split($factKind, $cellSep) AS factKind, string_split($fingerprint, $cellSep) AS fingerprint
  UNWIND range(1, size(id)) AS i
  RETURN nullif(id[i], nullCell), nullif(documentId[i], nullCell), nullif(quote[i], nullCell),
         CAST(nullif(startOffset[i], nullCell) AS INT64),
         CAST(nullif(endOffset[i], nullCell) AS INT64), nullif(factId[i], nullCell),
         nullif(factKind[i], nullCell), nullif(fingerprint[i], nullCell)
)
