// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY Actor FROM (
  WITH $id AS id, $name AS name, $kind AS kind, $aliases AS aliases, $aliasKeys AS aliasKeys, $searchText AS searchText, $description AS description, $sortKey AS sortKey, $evidenceIds AS evidenceIds
  UNWIND range(2, size(id)) AS i
  RETURN id[i], name[i], kind[i], aliases[i], aliasKeys[i], searchText[i], description[i], sortKey[i], evidenceIds[i]
)
