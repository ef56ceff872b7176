// The fields a Document's searchText is made of, after $after in id order: the
// schema upgrade makes searchText again from them, in chunks (kuzu-search-texts.ts).
MATCH (d:Document)
WHERE d.id > $after
RETURN d.id AS id, d.title AS title, d.text AS text
ORDER BY id
LIMIT $limit
