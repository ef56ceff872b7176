// A bulk load into an empty store commits table by table (kuzu.store.ts): this
// marker, written first and removed last, tells that one is under way, so a
// load cut short (a crash, a failed COPY) is undone by emptying the store again.
MERGE (m:GraphMeta {id: 'bulk-load'})
SET m.version = $token
