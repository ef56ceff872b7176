// Filters, keyset order, then the page; nodes are returned as property maps.
MATCH (a:Actor)
WHERE ($anyKind OR a.kind IN $kinds)
  AND ($nameContains = '' OR a.searchText CONTAINS $nameContains)
  AND ($after = '' OR a.sortKey > $after)
WITH a
ORDER BY a.sortKey
LIMIT $limit
RETURN a {.*} AS n
