// Every searchText of the store is now made the way $version names.
MERGE (m:GraphMeta {id: 'search-text'})
SET m.version = $version
RETURN count(*) AS n
