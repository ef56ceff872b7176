UNWIND $ids AS id
MATCH (a:Actor)-[p:PARTICIPATED]->(e:Event {id: id})
RETURN p.id AS id, e.id AS eventId, a.id AS actorId, p.rolesJson AS roles, p.evidenceIdsJson AS evidenceIds, p.documentIdsJson AS documentIds
