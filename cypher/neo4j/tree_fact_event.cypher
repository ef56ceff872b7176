// The event an evidence span supports, when it supports one (events_by_ids).
COLLECT { MATCH ({{item}}:Event {id: {{owner}}.factId}) WHERE {{owner}}.factKind = 'EVENT' RETURN {{fields}} AS item }
