// One row of counts. OPTIONAL MATCH keeps the row when a table is empty.
OPTIONAL MATCH (d:Document) WITH count(d) AS documents
OPTIONAL MATCH (a:Actor) WITH documents, count(a) AS actors
OPTIONAL MATCH (p:Place) WITH documents, actors, count(p) AS places
OPTIONAL MATCH (e:Event) WITH documents, actors, places, count(e) AS events
OPTIONAL MATCH ()-[x:PARTICIPATED]->() WITH documents, actors, places, events, count(x) AS participations
OPTIONAL MATCH (s:Statement) WITH documents, actors, places, events, participations, count(s) AS statements
OPTIONAL MATCH ()-[b:ABOUT]->() WITH documents, actors, places, events, participations, statements, count(b) AS statementAbout
OPTIONAL MATCH ()-[t:TIE]->() WITH documents, actors, places, events, participations, statements, statementAbout, count(t) AS ties
OPTIONAL MATCH (c:Claim) WITH documents, actors, places, events, participations, statements, statementAbout, ties, count(c) AS claims
OPTIONAL MATCH (v:Evidence)
RETURN documents, actors, places, events, participations, statements, statementAbout, ties, claims, count(v) AS evidence
