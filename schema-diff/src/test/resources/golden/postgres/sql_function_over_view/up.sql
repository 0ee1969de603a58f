-- Create view z_rich_accounts
CREATE VIEW z_rich_accounts AS
 SELECT id,
    balance
   FROM account
  WHERE balance > 1000;

-- Create function a_rich_count()
CREATE OR REPLACE FUNCTION a_rich_count()
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ select count(*) from z_rich_accounts $function$;
