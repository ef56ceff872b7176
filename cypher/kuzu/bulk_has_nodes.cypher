// 1 when the store holds any node, else 0: an empty store is bulk-loaded with COPY.
MATCH (n) WITH n LIMIT 1 RETURN count(*) AS n
