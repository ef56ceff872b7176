UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN s {.*} AS n
