-- Drop function a_rich_count()
DROP FUNCTION "a_rich_count"();

-- Drop view z_rich_accounts
DROP VIEW "z_rich_accounts";
