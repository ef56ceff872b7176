// Statement.speaker, by its speakerId (actors_by_ids).
COLLECT { MATCH ({{item}}:Actor {id: {{owner}}.speakerId}) RETURN {{fields}} AS item }
