-- Drop check constraint orders_status_check of orders
ALTER TABLE "orders" DROP CONSTRAINT "orders_status_check";

-- Create sequence invoice_seq
CREATE SEQUENCE "invoice_seq" START WITH 1 INCREMENT BY 50;

-- Create table invoice
CREATE TABLE "invoice" (
  "id" bigint NOT NULL,
  "order_id" bigint NOT NULL,
  "issued_at" timestamp(6) NOT NULL,
  CONSTRAINT "invoice_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "ukinvoice_order" UNIQUE ("order_id")
);

-- Add column customer.phone
ALTER TABLE "customer" ADD COLUMN "phone" varchar(40);

-- Forbid nulls in orders.customer_id (fails if rows hold null)
ALTER TABLE "orders" ALTER COLUMN "customer_id" SET NOT NULL;

-- Add check constraint orders_status_check to orders (fails on rows that violate it)
ALTER TABLE "orders" ADD CONSTRAINT "orders_status_check" CHECK (status IN ('NEW', 'PAID', 'CANCELLED'));

-- Add foreign key fkinvoice_order from invoice to orders
ALTER TABLE "invoice" ADD CONSTRAINT "fkinvoice_order" FOREIGN KEY ("order_id") REFERENCES "orders" ("id");
