-- Rename enum type priority away to rebuild it with its new labels
ALTER TYPE "priority" RENAME TO "priority_old";

-- Create enum type priority
CREATE TYPE "priority" AS ENUM ('LOW', 'HIGH');

-- Drop the old enum type priority
DROP TYPE "priority_old";
