-- Forbid nulls in job.state (fails if rows hold null)
ALTER TABLE "job" ALTER COLUMN "state" SET NOT NULL;

-- Drop default of job.attempts
ALTER TABLE "job" ALTER COLUMN "attempts" DROP DEFAULT;

-- Change type of job.attempts from varchar(10) to integer (values that do not fit fail or are changed)
ALTER TABLE "job" ALTER COLUMN "attempts" TYPE integer USING "attempts"::integer;

-- Set default of job.attempts
ALTER TABLE "job" ALTER COLUMN "attempts" SET DEFAULT 0;

-- Forbid nulls in job.attempts (fails if rows hold null)
ALTER TABLE "job" ALTER COLUMN "attempts" SET NOT NULL;
