// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY Actor FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell, string_split($id, $cellSep) AS id,
       string_split($name, $cellSep) AS name, string_split($kind, $cellSep) AS kind,
       string_split($aliases, $cellSep) AS aliases, string_split($aliasKeys, $cellSep) AS aliasKeys,
       string_split($searchText, $cellSep) AS searchText,
       string_split($description, $cellSep) AS description,
       string_split($sortKey, $cellSep) AS sortKey,
       string_split($evidenceIds, $cellSep) AS evidenceIds, string_split($fingerprint, $cellSep) AS fingerprint
  UNWIND range(1, size(id)) AS i
  RETURN nullif(id[i], nullCell), nullif(name[i], nullCell), nullif(kind[i], nullCell),
         string_split(nullif(aliases[i], nullCell), itemSep),
         string_split(nullif(aliasKeys[i], nullCell), itemSep), nullif(searchText[i], nullCell),
         nullif(description[i], nullCell), nullif(sortKey[i], nullCell),
         string_split(nullif(evidenceIds[i], nullCell), itemSep), nullif(fingerprint[i], nullCell)
)
