// The statement an evidence span supports, when it supports one (statements_by_ids).
COLLECT { MATCH ({{item}}:Statement {id: {{owner}}.factId}) WHERE {{owner}}.factKind = 'STATEMENT' RETURN {{fields}} AS item }
