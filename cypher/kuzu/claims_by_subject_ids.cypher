// The relationship is named so that the in-list form can carry a join hint (per-id-query.ts).
// From the subject's adjacency list; a subject is an event or an actor.
UNWIND $ids AS id
MATCH (c:Claim)-[r:CLAIM_ABOUT]->(:Event {id: id})
RETURN c AS n
UNION ALL
UNWIND $ids AS id
MATCH (c:Claim)-[r:CLAIM_ABOUT]->(:Actor {id: id})
RETURN c AS n
