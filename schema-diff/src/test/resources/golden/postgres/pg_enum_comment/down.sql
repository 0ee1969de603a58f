-- Rename enum type color away to rebuild it with its new labels
ALTER TYPE "color" RENAME TO "color_old";

-- Create enum type color
CREATE TYPE "color" AS ENUM ('red', 'green');

-- Comment enum type color
COMMENT ON TYPE "color" IS 'paint';

-- Convert shirt.color to the rebuilt enum type (fails on removed values)
ALTER TABLE "shirt" ALTER COLUMN "color" TYPE "color" USING "color"::text::"color";

-- Drop the old enum type color
DROP TYPE "color_old";

-- Remove comment of enum type mood
COMMENT ON TYPE "mood" IS NULL;

-- Rename enum type size away to rebuild it with its new labels
ALTER TYPE "size" RENAME TO "size_old";

-- Create enum type size
CREATE TYPE "size" AS ENUM ('s', 'm', 'l');

-- Comment enum type size
COMMENT ON TYPE "size" IS 'shirt sizes';

-- Convert shirt.size to the rebuilt enum type (fails on removed values)
ALTER TABLE "shirt" ALTER COLUMN "size" TYPE "size" USING "size"::text::"size";

-- Drop the old enum type size
DROP TYPE "size_old";

-- Drop column shirt.fit (its data is lost)
ALTER TABLE "shirt" DROP COLUMN "fit";

-- Drop enum type fit
DROP TYPE "fit";
