-- the third migration of the single-transaction run fails: nothing of 1 and 2 may remain
CREATE INDEX tx_lines_invoice ON tx_invoice_lines (invoice_id);
ALTER TABLE tx_no_such_table ADD COLUMN x INT;
