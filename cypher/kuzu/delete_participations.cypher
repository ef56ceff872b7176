// Participations the sources no longer support, by id.
MATCH ()-[p:PARTICIPATED]->()
WHERE p.id IN $ids
DELETE p
