// The columns of the ties' table, to tell whether it still keeps lists as list columns.
CALL TABLE_INFO('TIE') RETURN name
