// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY Place FROM (
  WITH $id AS id, $name AS name, $kind AS kind, $countryId AS countryId, $aliases AS aliases
  UNWIND range(2, size(id)) AS i
  RETURN id[i], name[i], kind[i], countryId[i], aliases[i]
)
