// A participant's page of event sort keys, without the count: for a participant
// whose count the store already knows (kuzu.store.ts, participantPageOn). Kuzu's
// top-k over the adjacency takes 22 ms for a hub of 55,767 events at L, where
// collecting every key and sorting the list for the count's pass takes 30-34 ms.
// $limit is the page size plus one: one more key tells that a next page exists.
MATCH (:Actor {id: $participantId})-[p:PARTICIPATED]->(:Event)
WHERE $after = '' OR p.eventSortKey > $after
RETURN p.eventSortKey AS key
ORDER BY key
LIMIT $limit
