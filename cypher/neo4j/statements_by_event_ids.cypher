UNWIND $ids AS id
MATCH (s:Statement)-[:MADE_AT]->(:Event {id: id})
RETURN s {.*} AS n
