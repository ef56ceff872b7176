UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {.*} AS n
