-- Create function with_fee(x integer)
CREATE OR REPLACE FUNCTION with_fee(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$select x + 2$function$;

-- Comment on function with_fee(x integer)
COMMENT ON FUNCTION "with_fee"(x integer) IS 'Balance with the higher fee';
