// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here. The link
// copies its event's sort key, type and dates (see list_events_by_participant).
UNWIND $rows[2:] AS r
MATCH (a:Actor {id: r.actorId}), (e:Event {id: r.eventId})
MERGE (a)-[p:PARTICIPATED {id: r.id}]->(e)
SET p.fingerprint = r.fingerprint, p.roles = r.roles, p.evidenceIds = r.evidenceIds, p.documentIds = r.documentIds,
    p.eventSortKey = e.sortKey, p.eventType = e.type, p.eventDateStart = e.dateStart, p.eventDateEnd = e.dateEnd
RETURN count(*) AS n
