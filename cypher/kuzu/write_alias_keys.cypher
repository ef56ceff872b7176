// The distinct keys of a write_aliases chunk, merged before it links them.
UNWIND $keys AS key
MERGE (:Alias {key: key})
