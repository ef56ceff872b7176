// All shortest paths between two actors through ties and shared events, in any
// direction. The hop bound cannot be a parameter and is checked against a fixed range.
MATCH p = allShortestPaths((a:Actor {id: $fromId})-[:PARTICIPATED|TIE*..{{maxHops}}]-(b:Actor {id: $toId}))
WITH p
LIMIT $limit
RETURN [n IN nodes(p) | {id: n.id, kind: labels(n)[0]}] AS nodes,
       [r IN relationships(p) | r {.*, kind: type(r), src: startNode(r).id, dst: endNode(r).id}] AS rels
