// A changed statement's speaker is linked again from its record.
MATCH (:Actor)-[r:SAID]->(s:Statement)
WHERE s.id IN $ids
DELETE r
