-- Create sequence voucher_number_seq
CREATE SEQUENCE "voucher_number_seq" AS integer START WITH 1 INCREMENT BY 1;

-- Add column voucher.number
ALTER TABLE "voucher" ADD COLUMN "number" integer DEFAULT nextval('voucher_number_seq'::regclass) NOT NULL;

-- Tie sequence voucher_number_seq to voucher.number
ALTER SEQUENCE "voucher_number_seq" OWNED BY "voucher"."number";
