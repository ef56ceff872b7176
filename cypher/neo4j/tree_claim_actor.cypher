// Claim.actor: its subject, when an actor (actors_by_ids).
COLLECT { MATCH ({{item}}:Actor {id: {{owner}}.subjectId}) WHERE {{owner}}.subjectKind = 'ACTOR' RETURN {{fields}} AS item }
