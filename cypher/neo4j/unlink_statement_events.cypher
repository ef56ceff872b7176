// A changed statement's event is linked again from its record.
MATCH (s:Statement)-[r:MADE_AT]->(:Event)
WHERE s.id IN $ids
DELETE r
