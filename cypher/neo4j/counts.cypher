// One row of counts, zero for an empty label. COUNT subqueries of a single
// label or relationship type are answered from Neo4j's count store.
RETURN COUNT { (:Document) } AS documents,
       COUNT { (:Actor) } AS actors,
       COUNT { (:Place) } AS places,
       COUNT { (:Event) } AS events,
       COUNT { ()-[:PARTICIPATED]->() } AS participations,
       COUNT { (:Statement) } AS statements,
       COUNT { ()-[:ABOUT]->() } AS statementAbout,
       COUNT { ()-[:TIE]->() } AS ties,
       COUNT { (:Claim) } AS claims,
       COUNT { (:Evidence) } AS evidence
