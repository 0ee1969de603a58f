-- the second statement fails after the first has committed (MariaDB DDL auto-commits)
CREATE TABLE ledger (id BIGINT PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
