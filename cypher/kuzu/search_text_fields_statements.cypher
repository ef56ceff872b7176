// The fields a Statement's searchText is made of, after $after in id order: the
// schema upgrade makes searchText again from them, in chunks (kuzu-search-texts.ts).
MATCH (s:Statement)
WHERE s.id > $after
RETURN s.id AS id, s.text AS text
ORDER BY id
LIMIT $limit
