-- Drop attribute zip of composite type address
ALTER TYPE "address" DROP ATTRIBUTE "zip";

-- Remove comment of composite type address
COMMENT ON TYPE "address" IS NULL;

-- Create composite type old_pair
CREATE TYPE "old_pair" AS ("a" integer, "b" integer);

-- Change type of attribute a of composite type spare
ALTER TYPE "spare" ALTER ATTRIBUTE "a" TYPE integer;

-- Change type of attribute b of composite type spare
ALTER TYPE "spare" ALTER ATTRIBUTE "b" TYPE character varying(5);

-- Drop column customer.budget (its data is lost)
ALTER TABLE "customer" DROP COLUMN "budget";

-- Drop domain zip
DROP DOMAIN "zip";

-- Drop composite type money_range
DROP TYPE "money_range";
