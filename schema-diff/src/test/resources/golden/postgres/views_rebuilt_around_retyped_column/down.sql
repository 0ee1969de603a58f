-- Drop view cheap
DROP VIEW "cheap";

-- Drop view priced
DROP VIEW "priced";

-- Drop materialized view price_stats
DROP MATERIALIZED VIEW "price_stats";

-- Change type of product.price from numeric(10,2) to integer (values that do not fit fail or are changed)
ALTER TABLE "product" ALTER COLUMN "price" TYPE integer;

-- Create materialized view price_stats
CREATE MATERIALIZED VIEW price_stats AS
 SELECT max(price) AS top
   FROM product;

-- Create view priced
CREATE VIEW priced AS
 SELECT id,
    price,
    label
   FROM product
  WHERE price > 0;

-- Create view cheap
CREATE VIEW cheap AS
 SELECT id,
    label
   FROM priced
  WHERE price < 10;
