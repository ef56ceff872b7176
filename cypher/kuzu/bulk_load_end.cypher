// The bulk load is complete: removed in the transaction that writes the graph's version.
MATCH (m:GraphMeta {id: 'bulk-load'})
DELETE m
