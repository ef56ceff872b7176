MATCH (d:Document)
WITH d
ORDER BY d.sortKey
RETURN d {.*} AS n
