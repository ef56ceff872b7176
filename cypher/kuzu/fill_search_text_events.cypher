// The searchText of Event nodes, as the schema upgrade computed it (searchableText).
UNWIND $rows AS r
WITH r, r.id AS nodeId
MATCH (e:Event {id: nodeId})
SET e.searchText = r.searchText
RETURN count(*) AS n
