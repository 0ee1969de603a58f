-- Set default of setting.kind
ALTER TABLE "setting" ALTER COLUMN "kind" SET DEFAULT 'advanced'::character varying;

-- Drop default of setting.retries
ALTER TABLE "setting" ALTER COLUMN "retries" DROP DEFAULT;

-- Set default of setting.created_at
ALTER TABLE "setting" ALTER COLUMN "created_at" SET DEFAULT CURRENT_TIMESTAMP;
