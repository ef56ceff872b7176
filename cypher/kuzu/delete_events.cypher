// Event nodes the sources no longer support, with every link they still have.
MATCH (n:Event)
WHERE n.id IN $ids
DETACH DELETE n
