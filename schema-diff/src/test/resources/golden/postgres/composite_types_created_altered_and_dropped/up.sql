-- Create composite type money_range
CREATE TYPE "money_range" AS ("low" numeric(10,2), "high" numeric(10,2), "tags" text[]);

-- Change type of attribute a of composite type spare
ALTER TYPE "spare" ALTER ATTRIBUTE "a" TYPE bigint;

-- Change type of attribute b of composite type spare
ALTER TYPE "spare" ALTER ATTRIBUTE "b" TYPE character varying(5) COLLATE "C";

-- Create domain zip
CREATE DOMAIN "zip" AS character varying(10);

-- Add attribute zip to composite type address
ALTER TYPE "address" ADD ATTRIBUTE "zip" "zip";

-- Comment composite type address
COMMENT ON TYPE "address" IS 'Postal address';

-- Add column customer.budget
ALTER TABLE "customer" ADD COLUMN "budget" "money_range";

-- Drop composite type old_pair
DROP TYPE "old_pair";
