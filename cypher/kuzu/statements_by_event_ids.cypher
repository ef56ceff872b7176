// The relationship is named so that the in-list form can carry a join hint (per-id-query.ts).
UNWIND $ids AS id
MATCH (s:Statement)-[m:MADE_AT]->(:Event {id: id})
RETURN s AS n
