// Event.participants (participations_by_event_ids).
COLLECT { MATCH (:Actor)-[{{item}}:PARTICIPATED]->({{owner}}) RETURN {{fields}} AS item }
