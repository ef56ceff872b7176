// Every node of the database, whatever its label: the bench runs only on an empty one.
MATCH (n)
RETURN count(n) AS n
