// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
// Keys leave the row struct before MERGE or MATCH: Kuzu 0.11 plans `{id: r.id}` as a
// scan of the whole table for each row, a plain variable as one hash join (README, Kuzu notes).
UNWIND $rows[2:] AS r
WITH r, r.id AS eventId
MERGE (e:Event {id: eventId})
SET e.fingerprint = r.fingerprint, e.searchText = r.searchText, e.type = r.type, e.title = r.title, e.description = r.description, e.date = r.date,
    e.datePrecision = r.datePrecision, e.dateStart = r.dateStart, e.dateEnd = r.dateEnd,
    e.dateInferred = r.dateInferred, e.dateBasis = r.dateBasis, e.placeId = r.placeId, e.sortKey = r.sortKey,
    e.evidenceIds = r.evidenceIds
RETURN count(*) AS n
