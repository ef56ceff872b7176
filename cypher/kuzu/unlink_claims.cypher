// A changed claim's subject is linked again from its record.
MATCH (c:Claim)-[r:CLAIM_ABOUT]->()
WHERE c.id IN $ids
DELETE r
