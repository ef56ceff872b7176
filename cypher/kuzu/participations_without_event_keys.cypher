// A participation whose copy of its event's keys was never filled (kuzu.store.ts,
// initSchema): every event has a sort key, so a null one is a fill still to run.
MATCH (:Actor)-[p:PARTICIPATED]->(:Event)
WHERE p.eventSortKey IS NULL
RETURN p.id AS id
LIMIT 1
