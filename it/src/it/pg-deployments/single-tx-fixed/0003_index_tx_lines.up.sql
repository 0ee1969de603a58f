CREATE INDEX tx_lines_invoice ON tx_invoice_lines (invoice_id);
