-- Create schema sales
CREATE SCHEMA "sales";

-- Create table invoice
CREATE TABLE "invoice" (
  "id" integer NOT NULL,
  "order_id" integer,
  CONSTRAINT "invoice_pkey" PRIMARY KEY ("id")
);

-- Create table sales.orders
CREATE TABLE "sales"."orders" (
  "id" integer NOT NULL,
  "customer_id" integer NOT NULL,
  CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- Add foreign key invoice_order_id_fkey from invoice to sales.orders
ALTER TABLE "invoice" ADD CONSTRAINT "invoice_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "sales"."orders" ("id");

-- Add foreign key orders_customer_id_fkey from sales.orders to customer
ALTER TABLE "sales"."orders" ADD CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE;
