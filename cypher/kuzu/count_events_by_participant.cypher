// From the participant's adjacency alone, as list_events_by_participant (one
// participation per actor and event, so the sort key counts each event once). A second
// row counts all its participations: how the adapter pages them (kuzu.store.ts).
MATCH (:Actor {id: $participantId})-[p:PARTICIPATED]->(:Event)
WHERE ($anyType OR p.eventType IN $types)
  AND ((p.eventDateStart IS NULL AND $withUndated)
    OR (p.eventDateStart IS NOT NULL AND $withDated AND ($from = '' OR p.eventDateEnd >= $from) AND ($to = '' OR p.eventDateStart <= $to)))
RETURN 'total' AS what, count(DISTINCT p.eventSortKey) AS total
UNION ALL
MATCH (:Actor {id: $participantId})-[p:PARTICIPATED]->(:Event)
RETURN 'links' AS what, count(*) AS total
