-- Drop cast "visit_mood" AS character varying
DROP CAST ("visit_mood" AS character varying);

-- Drop cast character varying AS "visit_mood"
DROP CAST (character varying AS "visit_mood");

-- Drop column visit.mood (its data is lost)
ALTER TABLE "visit" DROP COLUMN "mood";

-- Drop enum type visit_mood
DROP TYPE "visit_mood";
