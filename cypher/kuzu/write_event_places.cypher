// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MATCH (e:Event {id: r.id}), (p:Place {id: r.placeId})
MERGE (e)-[:TOOK_PLACE_IN]->(p)
RETURN count(*) AS n
