// Actor.statements: what the actor said (statements_by_speaker_ids).
COLLECT { MATCH ({{owner}})-[:SAID]->({{item}}:Statement) RETURN {{fields}} AS item }
