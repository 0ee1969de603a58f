-- Drop column person.email (its data is lost)
ALTER TABLE "person" DROP COLUMN "email";
