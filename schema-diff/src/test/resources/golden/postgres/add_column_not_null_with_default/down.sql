-- Drop column person.active (its data is lost)
ALTER TABLE "person" DROP COLUMN "active";

-- Drop column person.version (its data is lost)
ALTER TABLE "person" DROP COLUMN "version";
