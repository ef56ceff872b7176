// Every tie as ids, for the in-memory adjacency of path searches (path-index.ts).
MATCH (s:Actor)-[x:TIE]->(t:Actor)
RETURN s.id AS sourceId, t.id AS targetId, x.id AS id
