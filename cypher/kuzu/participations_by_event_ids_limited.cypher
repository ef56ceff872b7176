// The record's properties as a struct: Kuzu's Node binding converts a whole node
// (every property, internal ids) at several times the cost.
// Bounded expansion from events: at most $limit participations, each with its
// actor, read in the same traversal rather than looked up again.
UNWIND $ids AS id
MATCH (a:Actor)-[p:PARTICIPATED]->(e:Event {id: id})
RETURN p.id AS id, e.id AS eventId, a.id AS actorId, p.role AS role, p.evidenceIds AS evidenceIds, p.documentIds AS documentIds,
       {id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, aliasKeys: a.aliasKeys, description: a.description, sortKey: a.sortKey, evidenceIds: a.evidenceIds} AS n
LIMIT $limit
