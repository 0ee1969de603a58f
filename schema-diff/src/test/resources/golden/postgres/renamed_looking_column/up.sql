-- Drop column person.name (its data is lost)
ALTER TABLE "person" DROP COLUMN "name";

-- Add column person.full_name
ALTER TABLE "person" ADD COLUMN "full_name" varchar(255);
