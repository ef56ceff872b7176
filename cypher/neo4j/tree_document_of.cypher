// The document of a statement, claim or evidence span, by its documentId (documents_by_ids).
COLLECT { MATCH ({{item}}:Document {id: {{owner}}.documentId}) RETURN {{fields}} AS item }
