MATCH (a:Actor)
WHERE ($anyKind OR a.kind IN $kinds)
  AND ($nameContains = '' OR a.searchText CONTAINS $nameContains)
RETURN count(a) AS total
