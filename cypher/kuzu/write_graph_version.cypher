// Every write ends by giving the graph a new version token.
MERGE (m:GraphMeta {id: 'graph'})
SET m.version = $version
