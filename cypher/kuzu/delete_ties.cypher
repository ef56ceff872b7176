// Ties the sources no longer support, by id.
MATCH ()-[t:TIE]->()
WHERE t.id IN $ids
DELETE t
