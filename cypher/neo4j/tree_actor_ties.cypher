// Actor.ties: ties from the actor, then ties to it, each once (ties_by_actor_ids).
COLLECT {
  CALL ({{owner}}) {
    MATCH ({{owner}})-[{{item}}:TIE]->(:Actor)
    RETURN {{item}}
    UNION
    MATCH (:Actor)-[{{item}}:TIE]->({{owner}})
    RETURN {{item}}
  }
  RETURN {{fields}} AS item
}
