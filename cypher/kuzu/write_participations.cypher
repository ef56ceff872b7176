// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MATCH (a:Actor {id: r.actorId}), (e:Event {id: r.eventId})
MERGE (a)-[p:PARTICIPATED {id: r.id}]->(e)
SET p.fingerprint = r.fingerprint, p.roles = r.roles, p.evidenceIds = r.evidenceIds, p.documentIds = r.documentIds
RETURN count(*) AS n
