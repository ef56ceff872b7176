// The record's properties as a struct: Kuzu's Node binding converts a whole node
// (every property, internal ids) at several times the cost.
MATCH (a:Actor)
WHERE ($anyKind OR a.kind IN $kinds)
  AND ($nameContains = '' OR a.searchText CONTAINS $nameContains)
  AND ($after = '' OR a.sortKey > $after)
RETURN {id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, aliasKeys: a.aliasKeys, description: a.description, sortKey: a.sortKey, evidenceIds: a.evidenceIds} AS n
ORDER BY a.sortKey
LIMIT $limit
