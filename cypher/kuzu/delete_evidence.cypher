// Evidence nodes the sources no longer support, with every link they still have.
MATCH (n:Evidence)
WHERE n.id IN $ids
DETACH DELETE n
