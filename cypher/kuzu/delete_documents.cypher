// Document nodes the sources no longer support, with every link they still have.
MATCH (n:Document)
WHERE n.id IN $ids
DETACH DELETE n
