// Bounded expansion along ties, each row with the tie's far end. Each direction
// is cut at $limit rows, so a hub's thousands of ties are not all returned.
// The far end comes as a summary struct (ActorSummary / EventSummary): Kuzu reads
// the far end's columns for the whole adjacency of the node expanded, before the
// LIMIT, so each column left out (alias lists, descriptions) is saved over all
// of a hub's neighbours. A struct also converts faster than a whole node value.
UNWIND $ids AS id
MATCH (s:Actor {id: id})-[x:TIE]->(t:Actor)
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIdsJson AS evidenceIds,
       x.documentIdsJson AS documentIds,
       {id: t.id, name: t.name, kind: t.kind, evidenceIds: t.evidenceIds} AS n
LIMIT $limit
UNION ALL
UNWIND $ids AS id
MATCH (s:Actor)-[x:TIE]->(t:Actor {id: id})
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIdsJson AS evidenceIds,
       x.documentIdsJson AS documentIds,
       {id: s.id, name: s.name, kind: s.kind, evidenceIds: s.evidenceIds} AS n
LIMIT $limit
