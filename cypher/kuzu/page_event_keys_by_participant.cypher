// A participant's page of events as sort keys, and how many match, from its
// adjacency alone (the participations' copies of their events' keys,
// participation-event-keys.ts): the adapter then reads the page's events by id.
// Kuzu reads the properties of every event of a participant before a LIMIT, and
// one pass over the keys serves the count and the page (a hub of 56,000 events
// at L: one pass of 30-40 ms where a count and a top-k took one each). One
// participation per actor and event, so each event's key is counted once.
// $limit is the page size plus one: one more key tells that a next page exists.
MATCH (:Actor {id: $participantId})-[p:PARTICIPATED]->(:Event)
WHERE ($anyType OR p.eventType IN $types)
  AND ((p.eventDateStart IS NULL AND $withUndated)
    OR (p.eventDateStart IS NOT NULL AND $withDated AND ($from = '' OR p.eventDateEnd >= $from) AND ($to = '' OR p.eventDateStart <= $to)))
WITH p.eventSortKey AS key
WITH count(*) AS total, collect(CASE WHEN $after = '' OR key > $after THEN key ELSE NULL END) AS later
RETURN total, list_sort(later)[1:$limit] AS keys
