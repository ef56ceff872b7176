// The evidence of a fact (an actor, event, statement, claim, participation or
// tie), by the ids it lists (evidence_by_ids).
COLLECT { MATCH ({{item}}:Evidence) WHERE {{item}}.id IN {{owner}}.evidenceIds RETURN {{fields}} AS item }
