// The tables the store has, to check them against schema.cypher.
CALL SHOW_TABLES() RETURN name
