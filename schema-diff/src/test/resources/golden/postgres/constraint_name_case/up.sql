-- Rename constraint email_unique of account to Email_Unique
ALTER TABLE "account" RENAME CONSTRAINT "email_unique" TO "Email_Unique";
