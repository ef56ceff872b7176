// The searchText of Statement nodes, as the schema upgrade computed it (searchableText).
UNWIND $rows AS r
WITH r, r.id AS nodeId
MATCH (s:Statement {id: nodeId})
SET s.searchText = r.searchText
RETURN count(*) AS n
