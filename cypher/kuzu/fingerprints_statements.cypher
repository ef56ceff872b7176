// Every Statement's id and the fingerprint it was written with (null before fingerprints existed).
MATCH (n:Statement)
RETURN n.id AS id, n.fingerprint AS fingerprint
