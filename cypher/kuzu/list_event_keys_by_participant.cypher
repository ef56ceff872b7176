// The sort keys of a participant's page of events, from its adjacency alone (the
// participations' copies of their events' keys): for a hub, reading any property
// of its events before the LIMIT reads all of them (600 ms for 56,000 at L), so
// the adapter reads the page's events afterwards, each by its key.
MATCH (:Actor {id: $participantId})-[p:PARTICIPATED]->(:Event)
WHERE ($anyType OR p.eventType IN $types)
  AND ((p.eventDateStart IS NULL AND $withUndated)
    OR (p.eventDateStart IS NOT NULL AND $withDated AND ($from = '' OR p.eventDateEnd >= $from) AND ($to = '' OR p.eventDateStart <= $to)))
  AND ($after = '' OR p.eventSortKey > $after)
RETURN DISTINCT p.eventSortKey AS key
ORDER BY key
LIMIT $limit
