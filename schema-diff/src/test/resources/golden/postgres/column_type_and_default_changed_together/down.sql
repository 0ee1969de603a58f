-- Allow nulls in job.state
ALTER TABLE "job" ALTER COLUMN "state" DROP NOT NULL;

-- Drop default of job.attempts
ALTER TABLE "job" ALTER COLUMN "attempts" DROP DEFAULT;

-- Change type of job.attempts from integer to varchar(10) (values that do not fit fail or are changed)
ALTER TABLE "job" ALTER COLUMN "attempts" TYPE varchar(10);

-- Set default of job.attempts
ALTER TABLE "job" ALTER COLUMN "attempts" SET DEFAULT '0'::character varying;

-- Allow nulls in job.attempts
ALTER TABLE "job" ALTER COLUMN "attempts" DROP NOT NULL;
