DROP TABLE tx_invoice_lines;
