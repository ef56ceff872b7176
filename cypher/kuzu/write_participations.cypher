// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here. The link
// copies its event's sort key, type and dates (see list_events_by_participant).
// Lists are kept as JSON text (schema.cypher).
UNWIND $rows[2:] AS r
MATCH (a:Actor {id: r.actorId}), (e:Event {id: r.eventId})
MERGE (a)-[p:PARTICIPATED {id: r.id}]->(e)
SET p.fingerprint = r.fingerprint, p.rolesJson = to_json(r.roles),
    p.evidenceIdsJson = to_json(r.evidenceIds), p.documentIdsJson = to_json(r.documentIds),
    p.eventSortKey = e.sortKey, p.eventType = e.type, p.eventDateStart = e.dateStart, p.eventDateEnd = e.dateEnd
RETURN count(*) AS n
