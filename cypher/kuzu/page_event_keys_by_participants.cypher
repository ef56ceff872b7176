// The pages of many participants' events at once (sibling eventsConnection
// pages below a list, with the same filter and cursor), in one pass: per
// participant, how many match and its page of sort keys, as
// page_event_keys_by_participant gives one participant's. One statement for
// all of them, where a page each cost a statement or two.
MATCH (a:Actor)-[p:PARTICIPATED]->(:Event)
WHERE a.id IN $participantIds
  AND ($anyType OR p.eventType IN $types)
  AND ((p.eventDateStart IS NULL AND $withUndated)
    OR (p.eventDateStart IS NOT NULL AND $withDated AND ($from = '' OR p.eventDateEnd >= $from) AND ($to = '' OR p.eventDateStart <= $to)))
WITH a.id AS owner, p.eventSortKey AS key
WITH owner, count(*) AS total, collect(CASE WHEN $after = '' OR key > $after THEN key ELSE NULL END) AS later
RETURN owner, total, list_sort(later)[1:$limit] AS keys
