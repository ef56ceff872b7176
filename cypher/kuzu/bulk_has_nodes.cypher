// 1 when the store holds any node of the graph, else 0: an empty store is bulk-loaded
// with COPY. GraphMeta's are the store's own notes (how its search texts are made),
// not the graph: a new store holds one before its first load.
MATCH (n)
WHERE label(n) <> 'GraphMeta'
WITH n
LIMIT 1
RETURN count(*) AS n
