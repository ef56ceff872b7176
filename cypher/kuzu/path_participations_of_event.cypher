// The participations of some actors in one event: records of steps on paths found.
// Anchored on one primary key, so Kuzu follows the event's adjacency list.
MATCH (a:Actor)-[p:PARTICIPATED]->(e:Event {id: $id})
WHERE a.id IN $others
RETURN p.id AS id, a.id AS actorId, e.id AS eventId, p.rolesJson AS roles, p.evidenceIdsJson AS evidenceIds, p.documentIdsJson AS documentIds
