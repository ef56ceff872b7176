// Spellings that no longer name any actor.
MATCH (al:Alias)
WHERE NOT EXISTS { MATCH (al)-[:NAMES]->(:Actor) }
DELETE al
