// Every tie's id and the fingerprint it was written with.
MATCH ()-[t:TIE]->()
RETURN t.id AS id, t.fingerprint AS fingerprint
