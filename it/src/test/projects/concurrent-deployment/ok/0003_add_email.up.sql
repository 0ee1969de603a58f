ALTER TABLE customers ADD COLUMN email VARCHAR(200);
INSERT INTO apply_log (version) VALUES (3);
