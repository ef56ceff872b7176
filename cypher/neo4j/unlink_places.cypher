// A changed place's country is linked again from its record.
MATCH (p:Place)-[r:LOCATED_IN]->(:Place)
WHERE p.id IN $ids
DELETE r
