-- Create domain email
CREATE DOMAIN "email" AS text CONSTRAINT "email_check" CHECK ((VALUE ~ '@'::text));

-- Comment domain email
COMMENT ON DOMAIN "email" IS 'An address with an @';

-- Drop check price_check of domain price
ALTER DOMAIN "price" DROP CONSTRAINT "price_check";

-- Default of domain price
ALTER DOMAIN "price" SET DEFAULT 0;

-- Domain price NOT NULL (fails if a column of it holds NULL)
ALTER DOMAIN "price" SET NOT NULL;

-- Add check price_cap to domain price (fails if a value breaks it)
ALTER DOMAIN "price" ADD CONSTRAINT "price_cap" CHECK ((VALUE < (1000000)::numeric));

-- Add check price_positive to domain price (fails if a value breaks it)
ALTER DOMAIN "price" ADD CONSTRAINT "price_positive" CHECK ((VALUE > (0)::numeric));

-- Comment domain price
COMMENT ON DOMAIN "price" IS 'Money in EUR';

-- Add column item.contact
ALTER TABLE "item" ADD COLUMN "contact" "email";

-- Drop domain gone
DROP DOMAIN "gone";
