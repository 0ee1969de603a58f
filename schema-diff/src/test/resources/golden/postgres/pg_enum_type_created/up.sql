-- Create enum type mood
CREATE TYPE "mood" AS ENUM ('HAPPY', 'SAD');

-- Create table diary
CREATE TABLE "diary" (
  "id" bigint NOT NULL,
  "mood" "mood" DEFAULT 'HAPPY'::mood NOT NULL,
  CONSTRAINT "diary_pkey" PRIMARY KEY ("id")
);
