-- Change type of ticket.severity from "severity" to varchar(20) (values that do not fit fail or are changed)
ALTER TABLE "ticket" ALTER COLUMN "severity" TYPE varchar(20);

-- Drop enum type severity
DROP TYPE "severity";
