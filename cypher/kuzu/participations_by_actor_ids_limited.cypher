// The record's properties as a struct: Kuzu's Node binding converts a whole node
// (every property, internal ids) at several times the cost.
// Bounded expansion for neighbourhoods: a hub actor's tens of thousands of
// participations are cut at $limit rows instead of all being read. Each row
// carries its event, read in the same traversal rather than looked up again.
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[p:PARTICIPATED]->(e:Event)
RETURN p.id AS id, e.id AS eventId, a.id AS actorId, p.role AS role, p.evidenceIds AS evidenceIds, p.documentIds AS documentIds,
       {id: e.id, type: e.type, title: e.title, description: e.description, date: e.date, datePrecision: e.datePrecision, dateStart: e.dateStart, dateEnd: e.dateEnd, dateInferred: e.dateInferred, placeId: e.placeId, sortKey: e.sortKey, evidenceIds: e.evidenceIds} AS n
LIMIT $limit
