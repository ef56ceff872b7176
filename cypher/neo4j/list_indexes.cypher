// The indexes the store has and can use (a failed or filling index does not count).
SHOW INDEXES YIELD name, state
WHERE state = 'ONLINE'
RETURN name
