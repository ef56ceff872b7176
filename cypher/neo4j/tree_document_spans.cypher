// Document.spans: its evidence in text order (evidence_by_document_ids).
COLLECT {
  MATCH ({{item}}:Evidence)-[:FOUND_IN]->({{owner}})
  WITH {{item}}
  ORDER BY {{item}}.startOffset, {{item}}.id
  RETURN {{fields}} AS item
}
