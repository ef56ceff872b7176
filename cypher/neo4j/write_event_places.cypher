UNWIND $rows AS r
MATCH (e:Event {id: r.id})
MATCH (p:Place {id: r.placeId})
MERGE (e)-[:TOOK_PLACE_IN]->(p)
RETURN count(*) AS n
