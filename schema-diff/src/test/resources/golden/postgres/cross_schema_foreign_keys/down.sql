-- Drop foreign key invoice_order_id_fkey of invoice
ALTER TABLE "invoice" DROP CONSTRAINT "invoice_order_id_fkey";

-- Drop table invoice (its data is lost)
DROP TABLE "invoice";

-- Drop table sales.orders (its data is lost)
DROP TABLE "sales"."orders";

-- Drop schema sales
DROP SCHEMA "sales";
