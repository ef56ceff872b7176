UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN c {.*} AS n
