-- Rename enum type order_status away to rebuild it with its new labels
ALTER TYPE "order_status" RENAME TO "order_status_old";

-- Create enum type order_status
CREATE TYPE "order_status" AS ENUM ('NEW', 'PAID');

-- Drop default of purchase.status while its type changes
ALTER TABLE "purchase" ALTER COLUMN "status" DROP DEFAULT;

-- Convert purchase.status to the rebuilt enum type (fails on removed values)
ALTER TABLE "purchase" ALTER COLUMN "status" TYPE "order_status" USING "status"::text::"order_status";

-- Restore default of purchase.status
ALTER TABLE "purchase" ALTER COLUMN "status" SET DEFAULT 'NEW'::order_status;

-- Convert purchase.history to the rebuilt enum type (fails on removed values)
ALTER TABLE "purchase" ALTER COLUMN "history" TYPE "order_status"[] USING "history"::text[]::"order_status"[];

-- Drop the old enum type order_status
DROP TYPE "order_status_old";
