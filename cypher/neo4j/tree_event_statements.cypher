// Event.statements: statements made at it (statements_by_event_ids).
COLLECT { MATCH ({{item}}:Statement)-[:MADE_AT]->({{owner}}) RETURN {{fields}} AS item }
