// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY LOCATED_IN FROM (
  WITH $id AS id, $countryId AS countryId
  UNWIND range(2, size(id)) AS i
  RETURN id[i], countryId[i]
)
