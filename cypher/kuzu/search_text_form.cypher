// How the store's searchText columns were made (kuzu-search-texts.ts); none for a
// store from before they made punctuation spaces.
OPTIONAL MATCH (m:GraphMeta {id: 'search-text'})
RETURN m.version AS version
