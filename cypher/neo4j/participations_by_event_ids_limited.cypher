// Bounded expansion from events: at most $limit participations, each with its
// actor, read in the same traversal rather than looked up again.
UNWIND $ids AS id
MATCH (a:Actor)-[p:PARTICIPATED]->(e:Event {id: id})
RETURN p.id AS id, e.id AS eventId, a.id AS actorId, p.roles AS roles, p.evidenceIds AS evidenceIds, p.documentIds AS documentIds,
       a {.id, .name, .kind, .evidenceIds} AS n
LIMIT $limit
