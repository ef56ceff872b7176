// A changed actor's spellings are linked again from its record.
MATCH (:Alias)-[r:NAMES]->(a:Actor)
WHERE a.id IN $ids
DELETE r
