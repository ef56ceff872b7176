UNWIND $ids AS id
MATCH (s:Statement)-[m:MADE_AT]->(:Event {id: id})
RETURN s AS n
