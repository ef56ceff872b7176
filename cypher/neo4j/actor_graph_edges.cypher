// The actor graph: pairs of actors that took part in the same events (how many
// distinct events) or are tied (how many ties). Each co-participation pair comes
// back in both directions; the adapter folds every pair into one unordered edge.
// `b <> a` compares nodes, far cheaper in Kuzu than comparing ids.
MATCH (a:Actor)-[:PARTICIPATED]->(e:Event)<-[:PARTICIPATED]-(b:Actor)
WHERE b <> a
RETURN a.id AS sourceId, b.id AS targetId, count(DISTINCT e) AS events, 0 AS ties
UNION ALL
MATCH (a:Actor)-[:TIE]->(b:Actor)
WHERE b <> a
RETURN a.id AS sourceId, b.id AS targetId, 0 AS events, count(*) AS ties
