// Community or enterprise: only enterprise servers hold more than one user database.
CALL dbms.components() YIELD edition
RETURN edition
