-- Drop table diary (its data is lost)
DROP TABLE "diary";

-- Drop enum type mood
DROP TYPE "mood";
