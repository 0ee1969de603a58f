-- Drop table sales.retired (its data is lost)
DROP TABLE "sales"."retired";

-- Drop index orders_note of sales.orders
DROP INDEX "sales"."orders_note";

-- Create schema Billing
CREATE SCHEMA "Billing";

-- Comment on schema sales
COMMENT ON SCHEMA "sales" IS 'Orders and what they bought';

-- Create sequence Billing.Invoice_id_seq
CREATE SEQUENCE "Billing"."Invoice_id_seq" AS integer START WITH 1 INCREMENT BY 1;

-- Create sequence Billing.invoice_no
CREATE SEQUENCE "Billing"."invoice_no" START WITH 1000 INCREMENT BY 1;

-- Create table Billing.Invoice
CREATE TABLE "Billing"."Invoice" (
  "id" integer DEFAULT nextval('"Billing"."Invoice_id_seq"'::regclass) NOT NULL,
  "number" bigint DEFAULT nextval('"Billing".invoice_no'::regclass) NOT NULL,
  "total" numeric(10,2),
  CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Invoice_total_check" CHECK (total >= 0::numeric)
);

-- Create table orders
CREATE TABLE "orders" (
  "id" integer NOT NULL,
  CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- Change type of sales.orders.note from text to varchar(200) (values that do not fit fail or are changed)
ALTER TABLE "sales"."orders" ALTER COLUMN "note" TYPE varchar(200);

-- Add column sales.orders.placed_at
ALTER TABLE "sales"."orders" ADD COLUMN "placed_at" timestamp DEFAULT now() NOT NULL;

-- Add unique constraint orders_note_unique to sales.orders (fails on duplicates)
ALTER TABLE "sales"."orders" ADD CONSTRAINT "orders_note_unique" UNIQUE ("note");

-- Create index orders_placed on sales.orders
CREATE INDEX "orders_placed" ON "sales"."orders" ("placed_at");

-- Comment table sales.orders
COMMENT ON TABLE "sales"."orders" IS 'One row per order';

-- Tie sequence Billing.Invoice_id_seq to Billing.Invoice.id
ALTER SEQUENCE "Billing"."Invoice_id_seq" OWNED BY "Billing"."Invoice"."id";
