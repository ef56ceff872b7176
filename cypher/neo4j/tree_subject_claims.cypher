// Actor.claims and Event.claims: the claims about it (claims_by_subject_ids).
COLLECT { MATCH ({{item}}:Claim)-[:CLAIM_ABOUT]->({{owner}}) RETURN {{fields}} AS item }
