// A planned read whose roots are ties (neo4j-tree-query.ts): {{roots}} is
// ties_by_ids or list_ties_by_actor, run unchanged, returning each tie's id and
// ends as columns. Each tie is found again from its source actor (an indexed
// node) rather than by a scan of every tie; {{item}} and {{fields}} as in tree_root.
CALL () {
  {{roots}}
}
MATCH (:Actor {id: sourceId})-[{{item}}:TIE {id: id}]->(:Actor {id: targetId})
RETURN {{fields}} AS item
