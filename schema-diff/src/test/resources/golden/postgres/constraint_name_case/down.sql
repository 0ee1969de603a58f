-- Drop unique constraint Email_Unique of account
ALTER TABLE "account" DROP CONSTRAINT "Email_Unique";

-- Add unique constraint email_unique to account (fails on duplicates)
ALTER TABLE "account" ADD CONSTRAINT "email_unique" UNIQUE ("email");
