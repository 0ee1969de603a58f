-- Rename enum type kinds.mood away to rebuild it with its new labels
ALTER TYPE "kinds"."mood" RENAME TO "mood_old";

-- Create enum type kinds.mood
CREATE TYPE "kinds"."mood" AS ENUM ('happy', 'sad', 'calm');

-- Convert person.mood to the rebuilt enum type (fails on removed values)
ALTER TABLE "person" ALTER COLUMN "mood" TYPE "kinds"."mood" USING "mood"::text::"kinds"."mood";

-- Drop the old enum type kinds.mood
DROP TYPE "kinds"."mood_old";

-- Create domain kinds.positive
CREATE DOMAIN "kinds"."positive" AS integer CONSTRAINT "positive_check" CHECK ((VALUE > 0));

-- Create table kinds.rating
CREATE TABLE "kinds"."rating" (
  "id" integer NOT NULL,
  "stars" "kinds"."positive" NOT NULL,
  "mood" "kinds"."mood" DEFAULT 'calm'::kinds.mood,
  CONSTRAINT "rating_pkey" PRIMARY KEY ("id")
);

-- Add column person.age
ALTER TABLE "person" ADD COLUMN "age" "kinds"."positive";
