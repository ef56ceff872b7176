// Constraints and indexes, created if missing. Neo4j needs no declared tables;
// a uniqueness constraint on each label's id gives the MERGE-by-id lookups an
// index and refuses duplicates. Each statement runs in its own transaction
// (Neo4j does not mix schema and data changes in one transaction).
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (al:Alias) REQUIRE al.key IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (p:Place) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE;
CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE;
// Range indexes for the list queries: keyset order and the by-owner lookups.
CREATE INDEX actor_sort_key IF NOT EXISTS FOR (a:Actor) ON (a.sortKey);
CREATE INDEX event_sort_key IF NOT EXISTS FOR (e:Event) ON (e.sortKey);
CREATE INDEX statement_sort_key IF NOT EXISTS FOR (s:Statement) ON (s.sortKey);
CREATE INDEX statement_speaker_id IF NOT EXISTS FOR (s:Statement) ON (s.speakerId);
CREATE INDEX claim_subject_id IF NOT EXISTS FOR (c:Claim) ON (c.subjectId);
CREATE INDEX claim_property IF NOT EXISTS FOR (c:Claim) ON (c.property);
CREATE INDEX claim_according_to_id IF NOT EXISTS FOR (c:Claim) ON (c.accordingToId);
// Relationship ids. Neo4j Community has no relationship constraints; without
// these, removing the ties and participations an edited source no longer
// supports (delete_ties, delete_participations, a chunk of ids at a time) and
// reading ties by id were each a pass over every relationship of the type.
CREATE INDEX tie_id IF NOT EXISTS FOR ()-[x:TIE]-() ON (x.id);
CREATE INDEX participation_id IF NOT EXISTS FOR ()-[p:PARTICIPATED]-() ON (p.id);
