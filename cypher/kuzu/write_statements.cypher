// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes).
UNWIND $rows[2:] AS r
WITH r, r.id AS statementId
MERGE (s:Statement {id: statementId})
SET s.fingerprint = r.fingerprint, s.searchText = r.searchText, s.speakerId = r.speakerId, s.text = r.text, s.mode = r.mode, s.date = r.date,
    s.datePrecision = r.datePrecision, s.eventId = r.eventId, s.documentId = r.documentId,
    s.sortKey = r.sortKey, s.evidenceIds = r.evidenceIds
// `r` stays in scope past the SET: without it Kuzu 0.11 fails ("Cannot evaluate expression with type VARIABLE").
WITH s, r, r.speakerId AS speakerId
MATCH (a:Actor {id: speakerId})
MERGE (a)-[:SAID]->(s)
RETURN count(*) AS n
