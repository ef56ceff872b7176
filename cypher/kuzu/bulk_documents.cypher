// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY Document FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell, string_split($id, $cellSep) AS id,
       string_split($title, $cellSep) AS title, string_split($author, $cellSep) AS author,
       string_split($authorActorId, $cellSep) AS authorActorId,
       string_split($publishedDate, $cellSep) AS publishedDate,
       string_split($publishedPrecision, $cellSep) AS publishedPrecision,
       string_split($publishedInferred, $cellSep) AS publishedInferred,
       string_split($publishedBasis, $cellSep) AS publishedBasis,
       string_split($text, $cellSep) AS text, string_split($sortKey, $cellSep) AS sortKey,
       string_split($evidenceIds, $cellSep) AS evidenceIds, string_split($fingerprint, $cellSep) AS fingerprint,
       string_split($searchText, $cellSep) AS searchText
  UNWIND range(1, size(id)) AS i
  RETURN nullif(id[i], nullCell), nullif(title[i], nullCell), nullif(author[i], nullCell),
         nullif(authorActorId[i], nullCell), nullif(publishedDate[i], nullCell),
         nullif(publishedPrecision[i], nullCell),
         CAST(nullif(publishedInferred[i], nullCell) AS BOOLEAN),
         nullif(publishedBasis[i], nullCell), nullif(text[i], nullCell),
         nullif(sortKey[i], nullCell), string_split(nullif(evidenceIds[i], nullCell), itemSep), nullif(fingerprint[i], nullCell),
         nullif(searchText[i], nullCell)
)
