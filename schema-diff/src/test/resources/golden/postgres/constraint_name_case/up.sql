-- Drop unique constraint email_unique of account
ALTER TABLE "account" DROP CONSTRAINT "email_unique";

-- Add unique constraint Email_Unique to account (fails on duplicates)
ALTER TABLE "account" ADD CONSTRAINT "Email_Unique" UNIQUE ("email");
