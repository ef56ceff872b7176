// The record's properties as a struct: Kuzu's Node binding converts a whole node
// (every property, internal ids) at several times the cost.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN {id: e.id, type: e.type, title: e.title, description: e.description, date: e.date, datePrecision: e.datePrecision, dateStart: e.dateStart, dateEnd: e.dateEnd, dateInferred: e.dateInferred, dateBasis: e.dateBasis, placeId: e.placeId, sortKey: e.sortKey, evidenceIds: e.evidenceIds} AS n
