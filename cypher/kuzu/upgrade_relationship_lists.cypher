// Once, when a store keeps a relationship's lists as list columns (kuzu.store.ts,
// initSchema): each list moves to its JSON column (schema.cypher says why), then
// the list column is dropped. Every statement commits alone, and running them
// all again is harmless: a store cut short by a crash resumes at its next start.
// A list column an even older store never had is added empty first, so every
// statement finds what it names; coalesce keeps what an earlier run moved.
ALTER TABLE PARTICIPATED ADD IF NOT EXISTS roles STRING[];
ALTER TABLE PARTICIPATED ADD IF NOT EXISTS evidenceIds STRING[];
ALTER TABLE PARTICIPATED ADD IF NOT EXISTS documentIds STRING[];
ALTER TABLE TIE ADD IF NOT EXISTS evidenceIds STRING[];
ALTER TABLE TIE ADD IF NOT EXISTS documentIds STRING[];
MATCH (:Actor)-[p:PARTICIPATED]->(:Event)
SET p.rolesJson = coalesce(to_json(p.roles), p.rolesJson),
    p.evidenceIdsJson = coalesce(to_json(p.evidenceIds), p.evidenceIdsJson),
    p.documentIdsJson = coalesce(to_json(p.documentIds), p.documentIdsJson);
MATCH (:Actor)-[t:TIE]->(:Actor)
SET t.evidenceIdsJson = coalesce(to_json(t.evidenceIds), t.evidenceIdsJson),
    t.documentIdsJson = coalesce(to_json(t.documentIds), t.documentIdsJson);
// Kuzu 0.11 crashes dropping a column of a table whose updates are not yet checkpointed.
CHECKPOINT;
ALTER TABLE PARTICIPATED DROP IF EXISTS roles;
ALTER TABLE PARTICIPATED DROP IF EXISTS evidenceIds;
ALTER TABLE PARTICIPATED DROP IF EXISTS documentIds;
ALTER TABLE TIE DROP IF EXISTS evidenceIds;
ALTER TABLE TIE DROP IF EXISTS documentIds;
