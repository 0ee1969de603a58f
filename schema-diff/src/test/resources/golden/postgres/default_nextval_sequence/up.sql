-- Create sequence invoice_number_seq
CREATE SEQUENCE "invoice_number_seq" START WITH 1000 INCREMENT BY 1;

-- Set default of invoice.number
ALTER TABLE "invoice" ALTER COLUMN "number" SET DEFAULT nextval('invoice_number_seq'::regclass);

-- Forbid nulls in invoice.number (fails if rows hold null)
ALTER TABLE "invoice" ALTER COLUMN "number" SET NOT NULL;
