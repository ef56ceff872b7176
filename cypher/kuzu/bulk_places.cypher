// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY Place FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell, string_split($id, $cellSep) AS id,
       string_split($name, $cellSep) AS name, string_split($kind, $cellSep) AS kind,
       string_split($countryId, $cellSep) AS countryId, string_split($aliases, $cellSep) AS aliases, string_split($fingerprint, $cellSep) AS fingerprint
  UNWIND range(1, size(id)) AS i
  RETURN nullif(id[i], nullCell), nullif(name[i], nullCell), nullif(kind[i], nullCell),
         nullif(countryId[i], nullCell), string_split(nullif(aliases[i], nullCell), itemSep), nullif(fingerprint[i], nullCell)
)
