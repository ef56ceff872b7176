// The record's properties as a struct (as actors_by_ids).
UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN {id: p.id, name: p.name, kind: p.kind, countryId: p.countryId, aliases: p.aliases} AS n
