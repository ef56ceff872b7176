MATCH (d:Document)
RETURN d AS n
ORDER BY d.sortKey
