UNWIND $ids AS id
MATCH (:Actor {id: id})-[:SAID]->(s:Statement)
RETURN s {.*} AS n
