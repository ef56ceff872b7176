// Every spelling key with the actor it names, for the fuzzy name index the search
// service keeps in memory (rebuilt when count_alias_links changes). One row per
// actor: Kuzu's driver costs per row, and collecting cuts rows about five-fold.
MATCH (al:Alias)-[:NAMES]->(a:Actor)
RETURN a.id AS actorId, collect(al.key) AS keys
