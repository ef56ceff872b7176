// Once, when a store written before participations carried their event's keys
// gains the columns (kuzu.store.ts, initSchema): every participation copies them.
MATCH (:Actor)-[p:PARTICIPATED]->(e:Event)
SET p.eventSortKey = e.sortKey, p.eventType = e.type, p.eventDateStart = e.dateStart, p.eventDateEnd = e.dateEnd
