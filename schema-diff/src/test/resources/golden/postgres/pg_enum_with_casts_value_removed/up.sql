-- Drop cast "visit_mood" AS character varying
DROP CAST ("visit_mood" AS character varying);

-- Drop cast character varying AS "visit_mood"
DROP CAST (character varying AS "visit_mood");

-- Rename enum type visit_mood away to rebuild it with its new labels
ALTER TYPE "visit_mood" RENAME TO "visit_mood_old";

-- Create enum type visit_mood
CREATE TYPE "visit_mood" AS ENUM ('HAPPY', 'SAD');

-- Convert visit.mood to the rebuilt enum type (fails on removed values)
ALTER TABLE "visit" ALTER COLUMN "mood" TYPE "visit_mood" USING "mood"::text::"visit_mood";

-- Drop the old enum type visit_mood
DROP TYPE "visit_mood_old";

-- Create cast "visit_mood" AS character varying
CREATE CAST ("visit_mood" AS character varying) WITH INOUT AS ASSIGNMENT;

-- Create cast character varying AS "visit_mood"
CREATE CAST (character varying AS "visit_mood") WITH INOUT AS IMPLICIT;
