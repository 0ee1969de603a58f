-- Add column person.legacy_code
ALTER TABLE "person" ADD COLUMN "legacy_code" varchar(20);

-- Create index idx_person_legacy on person
CREATE INDEX "idx_person_legacy" ON "person" ("legacy_code");
