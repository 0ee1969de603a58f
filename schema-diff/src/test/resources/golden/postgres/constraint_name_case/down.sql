-- Rename constraint Email_Unique of account to email_unique
ALTER TABLE "account" RENAME CONSTRAINT "Email_Unique" TO "email_unique";
