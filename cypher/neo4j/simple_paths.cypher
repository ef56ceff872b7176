// Every simple path (no node twice) up to the bound, shortest first: the
// next-shortest alternatives after the shortest ones.
MATCH p = (a:Actor {id: $fromId})-[:PARTICIPATED|TIE*1..{{maxHops}}]-(b:Actor {id: $toId})
WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH p
ORDER BY length(p)
LIMIT $limit
RETURN [n IN nodes(p) | {id: n.id, kind: labels(n)[0]}] AS nodes,
       [r IN relationships(p) | r {.*, kind: type(r), src: startNode(r).id, dst: endNode(r).id}] AS rels
