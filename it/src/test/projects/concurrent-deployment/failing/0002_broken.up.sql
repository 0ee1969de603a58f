SELECT nextval('attempts_of_2');
INSERT INTO apply_log (version) VALUES (2);
ALTER TABLE no_such_table ADD COLUMN x INT;
