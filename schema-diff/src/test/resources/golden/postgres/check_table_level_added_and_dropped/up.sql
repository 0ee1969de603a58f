-- Drop check constraint ck_price_positive of price
ALTER TABLE "price" DROP CONSTRAINT "ck_price_positive";

-- Add check constraint ck_discount_below_amount to price (fails on rows that violate it)
ALTER TABLE "price" ADD CONSTRAINT "ck_discount_below_amount" CHECK (discount < amount);
