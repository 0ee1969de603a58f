-- Drop table Billing.Invoice (its data is lost)
DROP TABLE "Billing"."Invoice";

-- Drop table orders (its data is lost)
DROP TABLE "orders";

-- Drop unique constraint orders_note_unique of sales.orders
ALTER TABLE "sales"."orders" DROP CONSTRAINT "orders_note_unique";

-- Drop index orders_placed of sales.orders
DROP INDEX "sales"."orders_placed";

-- Comment on schema sales
COMMENT ON SCHEMA "sales" IS NULL;

-- Create table sales.retired
CREATE TABLE "sales"."retired" (
  "id" integer
);

-- Change type of sales.orders.note from varchar(200) to text
ALTER TABLE "sales"."orders" ALTER COLUMN "note" TYPE text;

-- Drop column sales.orders.placed_at (its data is lost)
ALTER TABLE "sales"."orders" DROP COLUMN "placed_at";

-- Create index orders_note on sales.orders
CREATE INDEX "orders_note" ON "sales"."orders" ("note");

-- Remove comment of table sales.orders
COMMENT ON TABLE "sales"."orders" IS NULL;

-- Drop sequence Billing.invoice_no (its current value is lost)
DROP SEQUENCE "Billing"."invoice_no";

-- Drop schema Billing
DROP SCHEMA "Billing";
