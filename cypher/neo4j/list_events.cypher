// An event is in the window when its (possibly partial) date range overlaps it.
MATCH (e:Event)
WHERE ($anyType OR e.type IN $types)
  AND ((e.dateStart IS NULL AND $withUndated)
    OR (e.dateStart IS NOT NULL AND $withDated AND ($from = '' OR e.dateEnd >= $from) AND ($to = '' OR e.dateStart <= $to)))
  AND ($after = '' OR e.sortKey > $after)
WITH e
ORDER BY e.sortKey
LIMIT $limit
RETURN e {.*} AS n
