// page_event_keys_by_participant without type or date filters, as a timeline
// asks: evaluating the filters on every participation of a hub costs a fifth of
// the pass (56,000 participations: 31 against 38 ms).
MATCH (:Actor {id: $participantId})-[p:PARTICIPATED]->(:Event)
WITH p.eventSortKey AS key
WITH count(*) AS total, collect(CASE WHEN $after = '' OR key > $after THEN key ELSE NULL END) AS later
RETURN total, list_sort(later)[1:$limit] AS keys
