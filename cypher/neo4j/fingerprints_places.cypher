// Every Place's id and the fingerprint it was written with (null before fingerprints existed).
MATCH (n:Place)
RETURN n.id AS id, n.fingerprint AS fingerprint
