UNWIND $rows AS r
MERGE (s:Statement {id: r.id})
SET s.fingerprint = r.fingerprint, s.speakerId = r.speakerId, s.text = r.text, s.mode = r.mode, s.date = r.date,
    s.datePrecision = r.datePrecision, s.eventId = r.eventId, s.documentId = r.documentId,
    s.sortKey = r.sortKey, s.evidenceIds = r.evidenceIds
WITH s, r
MATCH (a:Actor {id: r.speakerId})
MERGE (a)-[:SAID]->(s)
RETURN count(*) AS n
