// 1 when a bulk load into an empty store began and did not finish (bulk_load_begin.cypher).
OPTIONAL MATCH (m:GraphMeta {id: 'bulk-load'})
RETURN count(m) AS n
