-- Drop default of invoice.number
ALTER TABLE "invoice" ALTER COLUMN "number" DROP DEFAULT;

-- Allow nulls in invoice.number
ALTER TABLE "invoice" ALTER COLUMN "number" DROP NOT NULL;

-- Drop sequence invoice_number_seq (its current value is lost)
DROP SEQUENCE "invoice_number_seq";
