-- Create enum type severity
CREATE TYPE "severity" AS ENUM ('MINOR', 'MAJOR');

-- Change type of ticket.severity from varchar(20) to "severity" (values that do not fit fail or are changed)
ALTER TABLE "ticket" ALTER COLUMN "severity" TYPE "severity" USING "severity"::"severity";
