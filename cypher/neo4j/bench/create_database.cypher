// A database of the bench's own, on servers that allow several (run against "system").
CREATE DATABASE $name IF NOT EXISTS WAIT
