// The claim an evidence span supports, when it supports one (claims_by_ids).
COLLECT { MATCH ({{item}}:Claim {id: {{owner}}.factId}) WHERE {{owner}}.factKind = 'CLAIM' RETURN {{fields}} AS item }
