-- Create enum type visit_mood
CREATE TYPE "visit_mood" AS ENUM ('HAPPY', 'SAD');

-- Create cast "visit_mood" AS character varying
CREATE CAST ("visit_mood" AS character varying) WITH INOUT AS IMPLICIT;

-- Create cast character varying AS "visit_mood"
CREATE CAST (character varying AS "visit_mood") WITH INOUT AS IMPLICIT;

-- Add column visit.mood
ALTER TABLE "visit" ADD COLUMN "mood" "visit_mood";
