// The searchText of Document nodes, as the schema upgrade computed it (searchableText).
UNWIND $rows AS r
WITH r, r.id AS nodeId
MATCH (d:Document {id: nodeId})
SET d.searchText = r.searchText
RETURN count(*) AS n
