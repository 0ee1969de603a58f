-- repaired: the table may exist from the failed run, which was dropped by hand or is reused here
CREATE TABLE IF NOT EXISTS ledger (id BIGINT PRIMARY KEY);
INSERT INTO ledger VALUES (1);
