-- Drop trigger account_touch_disabled on account
DROP TRIGGER "account_touch_disabled" ON "account";

-- Drop trigger account_touch on account
DROP TRIGGER "account_touch" ON "account";

-- Drop procedure reset_balance(IN account_id bigint)
DROP PROCEDURE "reset_balance"(IN account_id bigint);

-- Drop function touch()
DROP FUNCTION "touch"();

-- Create function add_one(x integer)
CREATE OR REPLACE FUNCTION add_one(x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$select x + 1$function$;
