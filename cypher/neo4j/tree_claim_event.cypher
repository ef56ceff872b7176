// Claim.event: its subject, when an event (events_by_ids).
COLLECT { MATCH ({{item}}:Event {id: {{owner}}.subjectId}) WHERE {{owner}}.subjectKind = 'EVENT' RETURN {{fields}} AS item }
