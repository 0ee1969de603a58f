-- Create function not_is_email(s text)
CREATE OR REPLACE FUNCTION not_is_email(s text)
 RETURNS boolean
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$ BEGIN RETURN s NOT LIKE '%@%'; END; $function$;

-- Create table handle
CREATE TABLE "handle" (
  "id" integer NOT NULL,
  "name" text,
  CONSTRAINT "handle_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "handle_name_check" CHECK (not_is_email(name))
);

-- Create function is_email(s text)
CREATE OR REPLACE FUNCTION is_email(s text)
 RETURNS boolean
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$ BEGIN RETURN s LIKE '%@%'; END; $function$;
