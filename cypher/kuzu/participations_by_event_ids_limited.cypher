// Bounded expansion from events: at most $limit participations, each with its
// actor, read in the same traversal rather than looked up again.
// The far end comes as a summary struct (ActorSummary / EventSummary): Kuzu reads
// the far end's columns for the whole adjacency of the node expanded, before the
// LIMIT, so each column left out (alias lists, descriptions) is saved over all
// of a hub's neighbours. A struct also converts faster than a whole node value.
UNWIND $ids AS id
MATCH (a:Actor)-[p:PARTICIPATED]->(e:Event {id: id})
RETURN p.id AS id, e.id AS eventId, a.id AS actorId, p.rolesJson AS roles, p.evidenceIdsJson AS evidenceIds, p.documentIdsJson AS documentIds,
       {id: a.id, name: a.name, kind: a.kind, evidenceIds: a.evidenceIds} AS n
LIMIT $limit
