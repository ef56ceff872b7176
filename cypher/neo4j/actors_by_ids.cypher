UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.*} AS n
