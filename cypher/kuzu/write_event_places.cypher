// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes).
UNWIND $rows[2:] AS r
WITH r, r.id AS eventId
MATCH (e:Event {id: eventId})
WITH e, r, r.placeId AS placeId
MATCH (p:Place {id: placeId})
MERGE (e)-[:TOOK_PLACE_IN]->(p)
RETURN count(*) AS n
