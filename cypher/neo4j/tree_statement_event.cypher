// Statement.event, by its eventId (events_by_ids).
COLLECT { MATCH ({{item}}:Event {id: {{owner}}.eventId}) RETURN {{fields}} AS item }
