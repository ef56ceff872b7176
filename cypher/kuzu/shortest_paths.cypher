// All shortest paths between two actors through ties and shared events, in any
// direction. Kuzu is only fast on reachability in the SHORTEST form; the hop
// bound cannot be a parameter and is checked against a fixed range.
MATCH p = (a:Actor {id: $fromId})-[:PARTICIPATED|TIE* ALL SHORTEST 1..{{maxHops}}]-(b:Actor {id: $toId})
RETURN p
LIMIT $limit
