// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY Event FROM (
  WITH $id AS id, $type AS type, $title AS title, $description AS description, $date AS date, $datePrecision AS datePrecision, $dateStart AS dateStart, $dateEnd AS dateEnd, $dateInferred AS dateInferred, $placeId AS placeId, $sortKey AS sortKey, $evidenceIds AS evidenceIds
  UNWIND range(2, size(id)) AS i
  RETURN id[i], type[i], title[i], description[i], date[i], datePrecision[i], dateStart[i], dateEnd[i], dateInferred[i], placeId[i], sortKey[i], evidenceIds[i]
)
