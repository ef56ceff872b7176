// The indexes the store has, with their columns, to check them against fulltext_indexes.cypher.
CALL SHOW_INDEXES() RETURN index_name AS name, table_name AS tableName, property_names AS columns
