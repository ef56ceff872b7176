// Bulk load into an empty store: one COPY from column lists, row 1 a type witness (kuzu-bulk-load.ts).
COPY PARTICIPATED FROM (
  WITH $actorId AS actorId, $eventId AS eventId, $id AS id, $role AS role, $evidenceIds AS evidenceIds
  UNWIND range(2, size(actorId)) AS i
  RETURN actorId[i], eventId[i], id[i], role[i], evidenceIds[i]
)
