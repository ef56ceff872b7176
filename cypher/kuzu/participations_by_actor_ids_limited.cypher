// Bounded expansion for neighbourhoods: a hub actor's tens of thousands of
// participations are cut at $limit rows instead of all being returned. Each row
// carries its event, read in the same traversal rather than looked up again.
// The far end comes as a summary struct (ActorSummary / EventSummary): Kuzu reads
// the far end's columns for the whole adjacency of the node expanded, before the
// LIMIT, so each column left out (alias lists, descriptions) is saved over all
// of a hub's neighbours. A struct also converts faster than a whole node value.
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[p:PARTICIPATED]->(e:Event)
RETURN p.id AS id, e.id AS eventId, a.id AS actorId, p.rolesJson AS roles, p.evidenceIdsJson AS evidenceIds, p.documentIdsJson AS documentIds,
       {id: e.id, type: e.type, title: e.title, date: e.date, datePrecision: e.datePrecision, dateStart: e.dateStart, dateEnd: e.dateEnd, evidenceIds: e.evidenceIds} AS n
LIMIT $limit
