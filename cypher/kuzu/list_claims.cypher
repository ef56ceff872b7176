// Claims by vocabulary property, subject, document and attributed source; keyset on the id.
MATCH (c:Claim)
WHERE ($property = '' OR c.property = $property)
  AND ($subjectId = '' OR c.subjectId = $subjectId)
  AND ($documentId = '' OR c.documentId = $documentId)
  AND ($attributedToId = '' OR c.accordingToId = $attributedToId)
  AND ($after = '' OR c.id > $after)
RETURN c AS n
ORDER BY c.id
LIMIT $limit
