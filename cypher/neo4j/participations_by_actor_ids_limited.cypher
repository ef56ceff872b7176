// Bounded expansion for neighbourhoods: a hub actor's tens of thousands of
// participations are cut at $limit rows instead of all being read. Each row
// carries its event, read in the same traversal rather than looked up again.
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[p:PARTICIPATED]->(e:Event)
RETURN p.id AS id, e.id AS eventId, a.id AS actorId, p.roles AS roles, p.evidenceIds AS evidenceIds, p.documentIds AS documentIds,
       e {.id, .type, .title, .date, .datePrecision, .dateStart, .dateEnd, .evidenceIds} AS n
LIMIT $limit
