// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY Event FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell, string_split($id, $cellSep) AS id,
       string_split($type, $cellSep) AS type, string_split($title, $cellSep) AS title,
       string_split($description, $cellSep) AS description, string_split($date, $cellSep) AS date,
       string_split($datePrecision, $cellSep) AS datePrecision,
       string_split($dateStart, $cellSep) AS dateStart, string_split($dateEnd, $cellSep) AS dateEnd,
       string_split($dateInferred, $cellSep) AS dateInferred, string_split($dateBasis, $cellSep) AS dateBasis,
       string_split($placeId, $cellSep) AS placeId, string_split($sortKey, $cellSep) AS sortKey,
       string_split($evidenceIds, $cellSep) AS evidenceIds, string_split($fingerprint, $cellSep) AS fingerprint,
       string_split($searchText, $cellSep) AS searchText
  UNWIND range(1, size(id)) AS i
  RETURN nullif(id[i], nullCell), nullif(type[i], nullCell), nullif(title[i], nullCell),
         nullif(description[i], nullCell), nullif(date[i], nullCell),
         nullif(datePrecision[i], nullCell), nullif(dateStart[i], nullCell),
         nullif(dateEnd[i], nullCell), CAST(nullif(dateInferred[i], nullCell) AS BOOLEAN),
         nullif(dateBasis[i], nullCell),
         nullif(placeId[i], nullCell), nullif(sortKey[i], nullCell),
         string_split(nullif(evidenceIds[i], nullCell), itemSep), nullif(fingerprint[i], nullCell),
         nullif(searchText[i], nullCell)
)
