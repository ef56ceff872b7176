MATCH (:Alias {key: $key})-[:NAMES]->(a:Actor)
RETURN a.id AS id
ORDER BY id
