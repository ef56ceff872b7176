UNWIND $ids AS id
MATCH (v:Evidence)-[:FOUND_IN]->(:Document {id: id})
RETURN v.id AS id, v.documentId AS documentId, v.quote AS quote, v.startOffset AS startOffset,
       v.endOffset AS endOffset, v.factId AS factId, v.factKind AS factKind
ORDER BY documentId, startOffset, id
