// Every spelling key with the actor it names, for the fuzzy name index the search
// service keeps in memory (rebuilt when count_alias_links changes).
MATCH (al:Alias)-[:NAMES]->(a:Actor)
RETURN al.key AS key, a.id AS actorId
