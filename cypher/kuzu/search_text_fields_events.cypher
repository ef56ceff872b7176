// The fields a Event's searchText is made of, after $after in id order: the
// schema upgrade makes searchText again from them, in chunks (kuzu-search-texts.ts).
MATCH (e:Event)
WHERE e.id > $after
RETURN e.id AS id, e.title AS title, e.description AS description
ORDER BY id
LIMIT $limit
