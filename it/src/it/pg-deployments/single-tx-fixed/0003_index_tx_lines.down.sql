DROP INDEX tx_lines_invoice;
