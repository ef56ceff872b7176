// A changed document's authorship is written again from its record.
MATCH (:Actor)-[r:AUTHORED]->(d:Document)
WHERE d.id IN $ids
DELETE r
