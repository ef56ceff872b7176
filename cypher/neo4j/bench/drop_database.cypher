// Drops the database the bench created for itself (run against "system").
DROP DATABASE $name IF EXISTS WAIT
