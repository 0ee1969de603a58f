-- Remove comment of column invoice.total
COMMENT ON COLUMN "invoice"."total" IS NULL;

-- Comment column invoice.note
COMMENT ON COLUMN "invoice"."note" IS 'to be removed';

-- Comment table invoice
COMMENT ON TABLE "invoice" IS 'Old comment';
