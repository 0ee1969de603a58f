-- Set default of setting.kind
ALTER TABLE "setting" ALTER COLUMN "kind" SET DEFAULT 'basic'::character varying;

-- Set default of setting.retries
ALTER TABLE "setting" ALTER COLUMN "retries" SET DEFAULT 3;

-- Drop default of setting.created_at
ALTER TABLE "setting" ALTER COLUMN "created_at" DROP DEFAULT;
