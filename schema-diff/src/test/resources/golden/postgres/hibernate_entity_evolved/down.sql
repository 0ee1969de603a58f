-- Drop table invoice (its data is lost)
DROP TABLE "invoice";

-- Drop check constraint orders_status_check of orders
ALTER TABLE "orders" DROP CONSTRAINT "orders_status_check";

-- Drop column customer.phone (its data is lost)
ALTER TABLE "customer" DROP COLUMN "phone";

-- Allow nulls in orders.customer_id
ALTER TABLE "orders" ALTER COLUMN "customer_id" DROP NOT NULL;

-- Add check constraint orders_status_check to orders (fails on rows that violate it)
ALTER TABLE "orders" ADD CONSTRAINT "orders_status_check" CHECK (status IN ('NEW', 'PAID'));

-- Drop sequence invoice_seq (its current value is lost)
DROP SEQUENCE "invoice_seq";
