// Tables of the graph, created if missing. Kuzu needs a declared schema; every
// node table is keyed by the stable id the ingest computes.
CREATE NODE TABLE IF NOT EXISTS Document(id STRING, title STRING, author STRING, authorActorId STRING, publishedDate STRING, publishedPrecision STRING, publishedInferred BOOLEAN, publishedBasis STRING, text STRING, sortKey STRING, evidenceIds STRING[], fingerprint STRING, searchText STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Actor(id STRING, name STRING, kind STRING, aliases STRING[], aliasKeys STRING[], searchText STRING, description STRING, sortKey STRING, evidenceIds STRING[], fingerprint STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Alias(key STRING, PRIMARY KEY(key));
CREATE NODE TABLE IF NOT EXISTS Place(id STRING, name STRING, kind STRING, countryId STRING, aliases STRING[], fingerprint STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Event(id STRING, type STRING, title STRING, description STRING, date STRING, datePrecision STRING, dateStart STRING, dateEnd STRING, dateInferred BOOLEAN, dateBasis STRING, placeId STRING, sortKey STRING, evidenceIds STRING[], fingerprint STRING, searchText STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Statement(id STRING, speakerId STRING, text STRING, mode STRING, date STRING, datePrecision STRING, eventId STRING, documentId STRING, sortKey STRING, evidenceIds STRING[], fingerprint STRING, searchText STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Claim(id STRING, subjectId STRING, subjectKind STRING, property STRING, wording STRING, accordingToId STRING, value STRING, minimum DOUBLE, maximum DOUBLE, documentId STRING, evidenceIds STRING[], fingerprint STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS GraphMeta(id STRING, version STRING, PRIMARY KEY(id));
CREATE NODE TABLE IF NOT EXISTS Evidence(id STRING, documentId STRING, quote STRING, startOffset INT64, endOffset INT64, factId STRING, factKind STRING, fingerprint STRING, PRIMARY KEY(id));
CREATE REL TABLE IF NOT EXISTS NAMES(FROM Alias TO Actor);
// A participation carries its event's sort key, type and dates (kept in step by
// the writes), so a hub's page of events is found in its adjacency alone.
// The lists of a relationship (roles, evidence and document ids) are kept as JSON
// text: Kuzu 0.11 rewrites a relationship table's list columns whole at every
// checkpoint after an insert, which took 21 s per list column for 1,000 new
// participations beside 100,000 (and 220 s beside 300,000); a text column takes 0.2 s.
CREATE REL TABLE IF NOT EXISTS PARTICIPATED(FROM Actor TO Event, id STRING, rolesJson STRING, evidenceIdsJson STRING, documentIdsJson STRING, fingerprint STRING, eventSortKey STRING, eventType STRING, eventDateStart STRING, eventDateEnd STRING);
CREATE REL TABLE IF NOT EXISTS TIE(FROM Actor TO Actor, id STRING, type STRING, role STRING, since STRING, until STRING, former BOOLEAN, evidenceIdsJson STRING, documentIdsJson STRING, fingerprint STRING);
CREATE REL TABLE IF NOT EXISTS SAID(FROM Actor TO Statement);
CREATE REL TABLE IF NOT EXISTS ABOUT(FROM Statement TO Actor);
CREATE REL TABLE IF NOT EXISTS MADE_AT(FROM Statement TO Event);
CREATE REL TABLE IF NOT EXISTS CLAIM_ABOUT(FROM Claim TO Event, FROM Claim TO Actor);
CREATE REL TABLE IF NOT EXISTS TOOK_PLACE_IN(FROM Event TO Place);
CREATE REL TABLE IF NOT EXISTS LOCATED_IN(FROM Place TO Place);
CREATE REL TABLE IF NOT EXISTS FOUND_IN(FROM Evidence TO Document);
CREATE REL TABLE IF NOT EXISTS AUTHORED(FROM Actor TO Document);
// A store that kept a relationship's lists as list columns gains their JSON
// columns; the adapter then moves the lists over (upgrade_relationship_lists.cypher).
ALTER TABLE PARTICIPATED ADD IF NOT EXISTS rolesJson STRING;
ALTER TABLE PARTICIPATED ADD IF NOT EXISTS evidenceIdsJson STRING;
ALTER TABLE PARTICIPATED ADD IF NOT EXISTS documentIdsJson STRING;
ALTER TABLE TIE ADD IF NOT EXISTS evidenceIdsJson STRING;
ALTER TABLE TIE ADD IF NOT EXISTS documentIdsJson STRING;
// Claims name a vocabulary property, keep the source's wording and whom it attributes the figure to.
ALTER TABLE Claim ADD IF NOT EXISTS wording STRING;
// Why an inferred event date is what it is.
ALTER TABLE Event ADD IF NOT EXISTS dateBasis STRING;
ALTER TABLE Claim ADD IF NOT EXISTS accordingToId STRING;
// A store written before records carried their fingerprints gains the column;
// the next ingest finds every record changed and rewrites it once.
ALTER TABLE Document ADD IF NOT EXISTS fingerprint STRING;
ALTER TABLE Actor ADD IF NOT EXISTS fingerprint STRING;
ALTER TABLE Place ADD IF NOT EXISTS fingerprint STRING;
ALTER TABLE Event ADD IF NOT EXISTS fingerprint STRING;
ALTER TABLE Statement ADD IF NOT EXISTS fingerprint STRING;
ALTER TABLE Claim ADD IF NOT EXISTS fingerprint STRING;
ALTER TABLE Evidence ADD IF NOT EXISTS fingerprint STRING;
ALTER TABLE PARTICIPATED ADD IF NOT EXISTS fingerprint STRING;
ALTER TABLE TIE ADD IF NOT EXISTS fingerprint STRING;
// A store created before participations carried their event's keys gains the
// columns; the adapter then fills them from the events (fill_participation_event_keys).
ALTER TABLE PARTICIPATED ADD IF NOT EXISTS eventSortKey STRING;
ALTER TABLE PARTICIPATED ADD IF NOT EXISTS eventType STRING;
ALTER TABLE PARTICIPATED ADD IF NOT EXISTS eventDateStart STRING;
ALTER TABLE PARTICIPATED ADD IF NOT EXISTS eventDateEnd STRING;
// Each full-text index covers one column: Kuzu 0.11.3 crashes when a write
// updates a node whose index spans several. The searched fields are joined into it.
ALTER TABLE Document ADD IF NOT EXISTS searchText STRING;
ALTER TABLE Event ADD IF NOT EXISTS searchText STRING;
ALTER TABLE Statement ADD IF NOT EXISTS searchText STRING;
