-- Create function generate_item_id()
CREATE OR REPLACE FUNCTION generate_item_id()
 RETURNS text
 LANGUAGE plpgsql
AS $function$ begin return 'item_' || md5(random()::text); end; $function$;

-- Create function positive(x integer)
CREATE OR REPLACE FUNCTION positive(x integer)
 RETURNS boolean
 LANGUAGE plpgsql
 IMMUTABLE
AS $function$ begin return x > 0; end; $function$;

-- Create table items
CREATE TABLE "items" (
  "id" bigint NOT NULL,
  "external_id" text DEFAULT generate_item_id() NOT NULL,
  "quantity" integer,
  CONSTRAINT "items_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "items_quantity_check" CHECK (positive(quantity))
);
