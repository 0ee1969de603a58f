-- Rename enum type color away to rebuild it with its new labels
ALTER TYPE "color" RENAME TO "color_old";

-- Create enum type color
CREATE TYPE "color" AS ENUM ('green', 'red');

-- Comment enum type color
COMMENT ON TYPE "color" IS 'paint';

-- Convert shirt.color to the rebuilt enum type (fails on removed values)
ALTER TABLE "shirt" ALTER COLUMN "color" TYPE "color" USING "color"::text::"color";

-- Drop the old enum type color
DROP TYPE "color_old";

-- Comment enum type mood
COMMENT ON TYPE "mood" IS 'how it feels';

-- Add value xl to enum type size
ALTER TYPE "size" ADD VALUE 'xl';

-- Remove comment of enum type size
COMMENT ON TYPE "size" IS NULL;

-- Create enum type fit
CREATE TYPE "fit" AS ENUM ('slim', 'regular');

-- Comment enum type fit
COMMENT ON TYPE "fit" IS 'cut of the shirt';

-- Add column shirt.fit
ALTER TABLE "shirt" ADD COLUMN "fit" "fit";
