// Bounded expansion for neighbourhoods: a hub actor's tens of thousands of
// participations are cut at $limit rows instead of all being read.
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[p:PARTICIPATED]->(e:Event)
RETURN p.id AS id, e.id AS eventId, a.id AS actorId, p.role AS role, p.evidenceIds AS evidenceIds
LIMIT $limit
