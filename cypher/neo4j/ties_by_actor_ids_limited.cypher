// Bounded expansion along ties, each row with the tie's far end. Each direction
// is cut at $limit rows, so a hub's thousands of ties are not all read.
UNWIND $ids AS id
MATCH (s:Actor {id: id})-[x:TIE]->(t:Actor)
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIds AS evidenceIds,
       x.documentIds AS documentIds, t {.id, .name, .kind, .evidenceIds} AS n
LIMIT $limit
UNION ALL
UNWIND $ids AS id
MATCH (s:Actor)-[x:TIE]->(t:Actor {id: id})
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIds AS evidenceIds,
       x.documentIds AS documentIds, s {.id, .name, .kind, .evidenceIds} AS n
LIMIT $limit
