DROP TABLE tx_invoices;
