// The constraints the store has (Neo4j's equivalent of tables), to check them against schema.cypher.
SHOW CONSTRAINTS YIELD name
RETURN name
