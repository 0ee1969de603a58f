-- Add foreign key fk_stock_warehouse from stock to warehouse
ALTER TABLE "stock" ADD CONSTRAINT "fk_stock_warehouse" FOREIGN KEY ("region", "warehouse_code") REFERENCES "warehouse" ("region", "code");
