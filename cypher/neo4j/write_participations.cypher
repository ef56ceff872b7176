UNWIND $rows AS r
MATCH (a:Actor {id: r.actorId})
MATCH (e:Event {id: r.eventId})
MERGE (a)-[p:PARTICIPATED {id: r.id}]->(e)
SET p.fingerprint = r.fingerprint, p.roles = r.roles, p.evidenceIds = r.evidenceIds, p.documentIds = r.documentIds
RETURN count(*) AS n
