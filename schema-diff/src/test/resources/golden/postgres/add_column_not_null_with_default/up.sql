-- Add column person.active
ALTER TABLE "person" ADD COLUMN "active" boolean DEFAULT true NOT NULL;

-- Add column person.version
ALTER TABLE "person" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;
