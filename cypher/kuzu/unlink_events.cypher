// A changed event's place is linked again from its record.
MATCH (e:Event)-[r:TOOK_PLACE_IN]->(:Place)
WHERE e.id IN $ids
DELETE r
