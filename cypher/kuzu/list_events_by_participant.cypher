// A participant's events from its adjacency alone: each participation carries its
// event's sort key, type and dates (participation-event-keys.ts), so filters, order
// and cursor read no event, and only the page's events are materialised. Reading
// the events first cost a hub of 50,000 events 130 ms per page.
MATCH (:Actor {id: $participantId})-[p:PARTICIPATED]->(e:Event)
WHERE ($anyType OR p.eventType IN $types)
  AND ($from = '' OR p.eventDateEnd >= $from)
  AND ($to = '' OR p.eventDateStart <= $to)
  AND ($after = '' OR p.eventSortKey > $after)
WITH DISTINCT p.eventSortKey AS key, e
ORDER BY key
LIMIT $limit
RETURN {id: e.id, type: e.type, title: e.title, description: e.description, date: e.date, datePrecision: e.datePrecision, dateStart: e.dateStart, dateEnd: e.dateEnd, dateInferred: e.dateInferred, placeId: e.placeId, sortKey: e.sortKey, evidenceIds: e.evidenceIds} AS n
ORDER BY key
