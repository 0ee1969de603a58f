-- Comment column invoice.total
COMMENT ON COLUMN "invoice"."total" IS 'Gross total in EUR, it''s rounded';

-- Remove comment of column invoice.note
COMMENT ON COLUMN "invoice"."note" IS NULL;

-- Comment table invoice
COMMENT ON TABLE "invoice" IS 'Customer invoices, one per order';
