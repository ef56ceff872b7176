// Document.author, by its authorActorId (actors_by_ids).
COLLECT { MATCH ({{item}}:Actor {id: {{owner}}.authorActorId}) RETURN {{fields}} AS item }
