// Actor.participations (participations_by_actor_ids).
COLLECT { MATCH ({{owner}})-[{{item}}:PARTICIPATED]->(:Event) RETURN {{fields}} AS item }
