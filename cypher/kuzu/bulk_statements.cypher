// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY Statement FROM (
  WITH $id AS id, $speakerId AS speakerId, $text AS text, $mode AS mode, $date AS date, $datePrecision AS datePrecision, $eventId AS eventId, $documentId AS documentId, $sortKey AS sortKey, $evidenceIds AS evidenceIds
  UNWIND range(2, size(id)) AS i
  RETURN id[i], speakerId[i], text[i], mode[i], date[i], datePrecision[i], eventId[i], documentId[i], sortKey[i], evidenceIds[i]
)
