// A changed span's document is linked again from its record.
MATCH (v:Evidence)-[r:FOUND_IN]->(:Document)
WHERE v.id IN $ids
DELETE r
