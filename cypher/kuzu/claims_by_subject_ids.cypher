// From the subject's adjacency list; a subject is an event or an actor.
UNWIND $ids AS id
MATCH (c:Claim)-[r:CLAIM_ABOUT]->(:Event {id: id})
RETURN c AS n
UNION ALL
UNWIND $ids AS id
MATCH (c:Claim)-[r:CLAIM_ABOUT]->(:Actor {id: id})
RETURN c AS n
