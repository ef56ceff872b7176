// Every Evidence's id and the fingerprint it was written with (null before fingerprints existed).
MATCH (n:Evidence)
RETURN n.id AS id, n.fingerprint AS fingerprint
