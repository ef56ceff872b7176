// Markers left by bench runs that claimed this database while it was empty.
MATCH (m:PolgraphBenchMarker)
RETURN m.id AS id, m.createdAt AS createdAt
