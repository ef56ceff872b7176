UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN p {.*} AS n
