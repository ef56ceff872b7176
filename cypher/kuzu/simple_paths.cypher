// Every simple path (no node twice) up to the bound, shortest first: the
// next-shortest alternatives after the shortest ones.
MATCH p = (a:Actor {id: $fromId})-[:PARTICIPATED|TIE*1..{{maxHops}}]-(b:Actor {id: $toId})
WHERE is_acyclic(p)
RETURN p
ORDER BY length(p)
LIMIT $limit
