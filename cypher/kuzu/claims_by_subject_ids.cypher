UNWIND $ids AS id
MATCH (c:Claim)
WHERE c.subjectId = id
RETURN c AS n
