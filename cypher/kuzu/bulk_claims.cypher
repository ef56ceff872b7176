// Bulk load into an empty store (kuzu-bulk-load.ts): each column is one text, cells joined
// by $cellSep, list items by $itemSep; a null cell is $nullCell.
// The separators are bound in WITH: used in RETURN, they trip Kuzu 0.11's COPY binder.
COPY Claim FROM (
  WITH $itemSep AS itemSep, $nullCell AS nullCell, string_split($id, $cellSep) AS id,
       string_split($subjectId, $cellSep) AS subjectId,
       string_split($subjectKind, $cellSep) AS subjectKind,
       string_split($property, $cellSep) AS property, string_split($wording, $cellSep) AS wording,
       string_split($accordingToId, $cellSep) AS accordingToId, string_split($value, $cellSep) AS value,
       string_split($minimum, $cellSep) AS minimum, string_split($maximum, $cellSep) AS maximum,
       string_split($documentId, $cellSep) AS documentId,
       string_split($evidenceIds, $cellSep) AS evidenceIds, string_split($fingerprint, $cellSep) AS fingerprint
  UNWIND range(1, size(id)) AS i
  RETURN nullif(id[i], nullCell), nullif(subjectId[i], nullCell), nullif(subjectKind[i], nullCell),
         nullif(property[i], nullCell), nullif(wording[i], nullCell), nullif(accordingToId[i], nullCell),
         nullif(value[i], nullCell),
         CAST(nullif(minimum[i], nullCell) AS DOUBLE), CAST(nullif(maximum[i], nullCell) AS DOUBLE),
         nullif(documentId[i], nullCell), string_split(nullif(evidenceIds[i], nullCell), itemSep), nullif(fingerprint[i], nullCell)
)
