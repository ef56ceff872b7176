// A participant's events, filtered, ordered and cut by the copies of their keys on
// the participations (participation-event-keys.ts). Kuzu reads the events'
// properties before the LIMIT, so the adapter runs this for participants of up to
// a few hundred events, and list_event_keys_by_participant for hubs.
MATCH (:Actor {id: $participantId})-[p:PARTICIPATED]->(e:Event)
WHERE ($anyType OR p.eventType IN $types)
  AND ((p.eventDateStart IS NULL AND $withUndated)
    OR (p.eventDateStart IS NOT NULL AND $withDated AND ($from = '' OR p.eventDateEnd >= $from) AND ($to = '' OR p.eventDateStart <= $to)))
  AND ($after = '' OR p.eventSortKey > $after)
WITH DISTINCT p.eventSortKey AS key, e
ORDER BY key
LIMIT $limit
RETURN {id: e.id, type: e.type, title: e.title, description: e.description, date: e.date, datePrecision: e.datePrecision, dateStart: e.dateStart, dateEnd: e.dateEnd, dateInferred: e.dateInferred, dateBasis: e.dateBasis, placeId: e.placeId, sortKey: e.sortKey, evidenceIds: e.evidenceIds} AS n
ORDER BY key
