// The token of the last write: readers that cache what the graph holds compare it.
MATCH (m:GraphMeta {id: 'graph'})
RETURN m.version AS version
