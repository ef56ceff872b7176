// Every participation's id and the fingerprint it was written with.
MATCH ()-[p:PARTICIPATED]->()
RETURN p.id AS id, p.fingerprint AS fingerprint
