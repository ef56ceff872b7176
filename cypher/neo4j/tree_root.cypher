// A planned read (neo4j-tree-query.ts): the records of a root query, each with
// the nested shape its plan asks for, in one query. {{roots}} is one of the
// catalogue's root queries (actors_by_ids, list_events…), run unchanged; it
// returns each record as `n`. {{label}} is the root kind's label, {{item}} the
// root's variable and {{fields}} its map of record and relations.
CALL () {
  {{roots}}
}
MATCH ({{item}}:{{label}} {id: n.id})
RETURN {{fields}} AS item
