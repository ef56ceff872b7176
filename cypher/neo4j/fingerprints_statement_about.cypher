// Every "about" link: the pair is its identity and its whole content.
MATCH (s:Statement)-[:ABOUT]->(a:Actor)
RETURN s.id AS statementId, a.id AS actorId
