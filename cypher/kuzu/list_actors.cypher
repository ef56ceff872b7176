MATCH (a:Actor)
WHERE ($anyKind OR a.kind IN $kinds)
  AND ($nameContains = '' OR a.searchText CONTAINS $nameContains)
  AND ($after = '' OR a.sortKey > $after)
RETURN a AS n
ORDER BY a.sortKey
LIMIT $limit
