// The actor an evidence span mentions, when it is a mention (actors_by_ids).
COLLECT { MATCH ({{item}}:Actor {id: {{owner}}.factId}) WHERE {{owner}}.factKind = 'ACTOR_MENTION' RETURN {{fields}} AS item }
