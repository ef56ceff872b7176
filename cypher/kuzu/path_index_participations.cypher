// Every participation as ids, for the in-memory adjacency of path searches (path-index.ts).
MATCH (a:Actor)-[p:PARTICIPATED]->(e:Event)
RETURN a.id AS actorId, e.id AS eventId, p.id AS id
