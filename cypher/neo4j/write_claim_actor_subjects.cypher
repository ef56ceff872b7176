UNWIND $rows AS r
MATCH (c:Claim {id: r.id})
MATCH (a:Actor {id: r.subjectId})
MERGE (c)-[:CLAIM_ABOUT]->(a)
RETURN count(*) AS n
