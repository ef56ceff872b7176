// The columns of the participations' table, to tell whether the schema adds some.
CALL TABLE_INFO('PARTICIPATED') RETURN name
