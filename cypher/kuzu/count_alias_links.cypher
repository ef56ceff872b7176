// How many spelling links exist. Ingests only MERGE (nothing is deleted), so the
// set of links only grows and this number tells whether it changed.
MATCH (:Alias)-[r:NAMES]->(:Actor)
RETURN count(r) AS total
