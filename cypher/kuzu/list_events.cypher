// The record's properties as a struct: Kuzu's Node binding converts a whole node
// (every property, internal ids) at several times the cost.
// An event is in the window when its (possibly partial) date range overlaps it; undated
// events match as $withUndated says (an open window, includeUndated, or only them).
MATCH (e:Event)
WHERE ($anyType OR e.type IN $types)
  AND ((e.dateStart IS NULL AND $withUndated)
    OR (e.dateStart IS NOT NULL AND $withDated AND ($from = '' OR e.dateEnd >= $from) AND ($to = '' OR e.dateStart <= $to)))
  AND ($after = '' OR e.sortKey > $after)
RETURN {id: e.id, type: e.type, title: e.title, description: e.description, date: e.date, datePrecision: e.datePrecision, dateStart: e.dateStart, dateEnd: e.dateEnd, dateInferred: e.dateInferred, dateBasis: e.dateBasis, placeId: e.placeId, sortKey: e.sortKey, evidenceIds: e.evidenceIds} AS n
ORDER BY e.sortKey
LIMIT $limit
