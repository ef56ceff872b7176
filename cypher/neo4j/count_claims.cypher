MATCH (c:Claim)
WHERE ($property = '' OR c.property = $property)
  AND ($subjectId = '' OR c.subjectId = $subjectId)
  AND ($documentId = '' OR c.documentId = $documentId)
  AND ($attributedToId = '' OR c.accordingToId = $attributedToId)
RETURN count(c) AS total
