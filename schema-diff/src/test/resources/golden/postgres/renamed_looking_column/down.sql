-- Drop column person.full_name (its data is lost)
ALTER TABLE "person" DROP COLUMN "full_name";

-- Add column person.name
ALTER TABLE "person" ADD COLUMN "name" varchar(255);
