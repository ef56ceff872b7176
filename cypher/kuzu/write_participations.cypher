// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes).
// The link copies its event's sort key, type and dates (see list_events_by_participant).
// Lists are kept as JSON text (schema.cypher).
UNWIND $rows[2:] AS r
WITH r, r.actorId AS actorId
MATCH (a:Actor {id: actorId})
WITH a, r, r.eventId AS eventId
MATCH (e:Event {id: eventId})
MERGE (a)-[p:PARTICIPATED {id: r.id}]->(e)
SET p.fingerprint = r.fingerprint, p.rolesJson = to_json(r.roles),
    p.evidenceIdsJson = to_json(r.evidenceIds), p.documentIdsJson = to_json(r.documentIds),
    p.eventSortKey = e.sortKey, p.eventType = e.type, p.eventDateStart = e.dateStart, p.eventDateEnd = e.dateEnd
RETURN count(*) AS n
