// Actor.aboutLinks: the statements' links to this actor (about_by_actor_ids).
COLLECT { MATCH (:Statement)-[{{item}}:ABOUT]->({{owner}}) RETURN {{fields}} AS item }
