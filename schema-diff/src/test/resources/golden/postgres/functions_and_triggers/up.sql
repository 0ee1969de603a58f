-- Create function add_one(x integer)
CREATE OR REPLACE FUNCTION add_one(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$select x + 2$function$;

-- Create function touch()
CREATE OR REPLACE FUNCTION touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    new.updated_at := now();
    return new;
end;
$function$;

-- Comment on function touch()
COMMENT ON FUNCTION "touch"() IS 'Sets updated_at';

-- Create procedure reset_balance(IN account_id bigint)
CREATE OR REPLACE PROCEDURE reset_balance(IN account_id bigint)
 LANGUAGE sql
AS $procedure$ update account set balance = 0 where id = account_id $procedure$;

-- Create trigger account_touch on account
CREATE TRIGGER account_touch BEFORE UPDATE ON account FOR EACH ROW EXECUTE FUNCTION touch();

-- Create trigger account_touch_disabled on account
CREATE TRIGGER account_touch_disabled BEFORE INSERT ON account FOR EACH ROW EXECUTE FUNCTION touch();

-- Set the firing of trigger account_touch_disabled on account
ALTER TABLE account DISABLE TRIGGER account_touch_disabled;
