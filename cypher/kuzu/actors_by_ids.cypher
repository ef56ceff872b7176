// The record's properties as a struct: Kuzu's Node binding converts a whole node
// (every property, internal ids) at several times the cost.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN {id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, aliasKeys: a.aliasKeys, description: a.description, sortKey: a.sortKey, evidenceIds: a.evidenceIds} AS n
