// Bounded expansion along ties, each row with the tie's far end (as a struct of
// the record's properties: cheaper to convert than a node). Each direction is
// cut at $limit rows, so a hub's thousands of ties are not all read.
UNWIND $ids AS id
MATCH (s:Actor {id: id})-[x:TIE]->(t:Actor)
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIds AS evidenceIds,
       x.documentIds AS documentIds,
       {id: t.id, name: t.name, kind: t.kind, aliases: t.aliases, aliasKeys: t.aliasKeys, description: t.description, sortKey: t.sortKey, evidenceIds: t.evidenceIds} AS n
LIMIT $limit
UNION ALL
UNWIND $ids AS id
MATCH (s:Actor)-[x:TIE]->(t:Actor {id: id})
RETURN x.id AS id, s.id AS sourceId, t.id AS targetId, x.type AS type, x.role AS role,
       x.since AS since, x.until AS until, x.former AS former, x.evidenceIds AS evidenceIds,
       x.documentIds AS documentIds,
       {id: s.id, name: s.name, kind: s.kind, aliases: s.aliases, aliasKeys: s.aliasKeys, description: s.description, sortKey: s.sortKey, evidenceIds: s.evidenceIds} AS n
LIMIT $limit
