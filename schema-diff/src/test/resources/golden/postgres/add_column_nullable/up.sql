-- Add column person.email
ALTER TABLE "person" ADD COLUMN "email" varchar(255);
