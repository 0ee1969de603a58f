-- Rename enum type Mood away to rebuild it with its new labels
ALTER TYPE "Mood" RENAME TO "Mood_old";

-- Create enum type Mood
CREATE TYPE "Mood" AS ENUM ('HAPPY', 'OK', 'SAD');

-- Drop default of diary.mood while its type changes
ALTER TABLE "diary" ALTER COLUMN "mood" DROP DEFAULT;

-- Convert diary.mood to the rebuilt enum type (fails on removed values)
ALTER TABLE "diary" ALTER COLUMN "mood" TYPE "Mood" USING "mood"::text::"Mood";

-- Drop the old enum type Mood
DROP TYPE "Mood_old";

-- Set default of diary.mood
ALTER TABLE "diary" ALTER COLUMN "mood" SET DEFAULT 'OK'::"Mood";
