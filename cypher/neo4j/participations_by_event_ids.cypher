UNWIND $ids AS id
MATCH (a:Actor)-[p:PARTICIPATED]->(e:Event {id: id})
RETURN p.id AS id, e.id AS eventId, a.id AS actorId, p.roles AS roles, p.evidenceIds AS evidenceIds, p.documentIds AS documentIds
