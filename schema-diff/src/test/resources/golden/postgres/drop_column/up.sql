-- Drop index idx_person_legacy of person
DROP INDEX "idx_person_legacy";

-- Drop column person.legacy_code (its data is lost)
ALTER TABLE "person" DROP COLUMN "legacy_code";
