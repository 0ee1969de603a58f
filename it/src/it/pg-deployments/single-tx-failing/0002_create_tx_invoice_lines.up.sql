CREATE TABLE tx_invoice_lines (id BIGINT PRIMARY KEY, invoice_id BIGINT NOT NULL REFERENCES tx_invoices (id));
