MATCH (e:Event)
WHERE ($anyType OR e.type IN $types)
  AND ((e.dateStart IS NULL AND $withUndated)
    OR (e.dateStart IS NOT NULL AND $withDated AND ($from = '' OR e.dateEnd >= $from) AND ($to = '' OR e.dateStart <= $to)))
RETURN count(e) AS total
