// "About" links the sources no longer support, each a statement and an actor.
UNWIND $rows AS r
MATCH (s:Statement {id: r.statementId})-[b:ABOUT]->(a:Actor {id: r.actorId})
DELETE b
