// After events changed: their participations copy the new sort key, type and
// dates (see list_events_by_participant), in the writing transaction.
MATCH (:Actor)-[p:PARTICIPATED]->(e:Event)
WHERE e.id IN $ids
SET p.eventSortKey = e.sortKey, p.eventType = e.type, p.eventDateStart = e.dateStart, p.eventDateEnd = e.dateEnd
