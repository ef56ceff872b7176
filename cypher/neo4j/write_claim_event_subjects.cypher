UNWIND $rows AS r
MATCH (c:Claim {id: r.id})
MATCH (e:Event {id: r.subjectId})
MERGE (c)-[:CLAIM_ABOUT]->(e)
RETURN count(*) AS n
