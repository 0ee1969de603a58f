-- Create function is_email(s text)
CREATE OR REPLACE FUNCTION is_email(s text)
 RETURNS boolean
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$ BEGIN RETURN s LIKE '%@%'; END; $function$;

-- Create domain email
CREATE DOMAIN "email" AS text CONSTRAINT "email_check" CHECK (is_email(VALUE));

-- Add column account.email
ALTER TABLE "account" ADD COLUMN "email" "email";
