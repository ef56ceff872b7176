// The participations of one actor in some events: records of steps on paths found.
// Anchored on one primary key, so Kuzu follows the actor's adjacency list.
MATCH (a:Actor {id: $id})-[p:PARTICIPATED]->(e:Event)
WHERE e.id IN $others
RETURN p.id AS id, a.id AS actorId, e.id AS eventId, p.rolesJson AS roles, p.evidenceIdsJson AS evidenceIds, p.documentIdsJson AS documentIds
