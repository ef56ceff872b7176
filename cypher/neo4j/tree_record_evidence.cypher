// An evidence span's record, as evidence_by_ids returns it.
{id: {{item}}.id, documentId: {{item}}.documentId, quote: {{item}}.quote, startOffset: {{item}}.startOffset, endOffset: {{item}}.endOffset, factId: {{item}}.factId, factKind: {{item}}.factKind}
