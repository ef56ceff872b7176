// Actor nodes the sources no longer support, with every link they still have.
MATCH (n:Actor)
WHERE n.id IN $ids
DETACH DELETE n
