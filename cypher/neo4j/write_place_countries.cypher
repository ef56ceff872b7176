UNWIND $rows AS r
MATCH (p:Place {id: r.id})
MATCH (c:Place {id: r.countryId})
MERGE (p)-[:LOCATED_IN]->(c)
RETURN count(*) AS n
