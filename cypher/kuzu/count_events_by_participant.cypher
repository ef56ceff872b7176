// From the participant's adjacency alone, as list_events_by_participant; an event
// the participant takes part in twice counts once (its sort key is unique).
MATCH (:Actor {id: $participantId})-[p:PARTICIPATED]->(:Event)
WHERE ($anyType OR p.eventType IN $types)
  AND ($from = '' OR p.eventDateEnd >= $from)
  AND ($to = '' OR p.eventDateStart <= $to)
RETURN count(DISTINCT p.eventSortKey) AS total
