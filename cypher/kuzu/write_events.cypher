// Row 1 of $rows is a type witness (kuzu-bulk-load.ts), skipped here.
UNWIND $rows[2:] AS r
MERGE (e:Event {id: r.id})
SET e.fingerprint = r.fingerprint, e.searchText = r.searchText, e.type = r.type, e.title = r.title, e.description = r.description, e.date = r.date,
    e.datePrecision = r.datePrecision, e.dateStart = r.dateStart, e.dateEnd = r.dateEnd,
    e.dateInferred = r.dateInferred, e.dateBasis = r.dateBasis, e.placeId = r.placeId, e.sortKey = r.sortKey,
    e.evidenceIds = r.evidenceIds
RETURN count(*) AS n
