-- Drop foreign key fk_stock_warehouse of stock
ALTER TABLE "stock" DROP CONSTRAINT "fk_stock_warehouse";
