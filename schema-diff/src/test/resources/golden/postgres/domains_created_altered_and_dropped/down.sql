-- Create domain gone
CREATE DOMAIN "gone" AS integer DEFAULT 1;

-- Drop check price_cap of domain price
ALTER DOMAIN "price" DROP CONSTRAINT "price_cap";

-- Drop check price_positive of domain price
ALTER DOMAIN "price" DROP CONSTRAINT "price_positive";

-- Default of domain price
ALTER DOMAIN "price" DROP DEFAULT;

-- Domain price allows NULL
ALTER DOMAIN "price" DROP NOT NULL;

-- Add check price_check to domain price (fails if a value breaks it)
ALTER DOMAIN "price" ADD CONSTRAINT "price_check" CHECK ((VALUE >= (0)::numeric));

-- Comment domain price
COMMENT ON DOMAIN "price" IS 'Money, never negative';

-- Drop column item.contact (its data is lost)
ALTER TABLE "item" DROP COLUMN "contact";

-- Drop domain email
DROP DOMAIN "email";
