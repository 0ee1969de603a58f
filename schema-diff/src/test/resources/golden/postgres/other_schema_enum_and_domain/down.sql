-- Drop table kinds.rating (its data is lost)
DROP TABLE "kinds"."rating";

-- Rename enum type kinds.mood away to rebuild it with its new labels
ALTER TYPE "kinds"."mood" RENAME TO "mood_old";

-- Create enum type kinds.mood
CREATE TYPE "kinds"."mood" AS ENUM ('happy', 'sad');

-- Convert person.mood to the rebuilt enum type (fails on removed values)
ALTER TABLE "person" ALTER COLUMN "mood" TYPE "kinds"."mood" USING "mood"::text::"kinds"."mood";

-- Drop the old enum type kinds.mood
DROP TYPE "kinds"."mood_old";

-- Drop column person.age (its data is lost)
ALTER TABLE "person" DROP COLUMN "age";

-- Drop domain kinds.positive
DROP DOMAIN "kinds"."positive";
