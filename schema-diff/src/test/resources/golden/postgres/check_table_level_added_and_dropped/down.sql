-- Drop check constraint ck_discount_below_amount of price
ALTER TABLE "price" DROP CONSTRAINT "ck_discount_below_amount";

-- Add check constraint ck_price_positive to price (fails on rows that violate it)
ALTER TABLE "price" ADD CONSTRAINT "ck_price_positive" CHECK (amount > 0::numeric);
