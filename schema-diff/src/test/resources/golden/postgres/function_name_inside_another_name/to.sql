CREATE FUNCTION is_email(s text) RETURNS boolean AS $$ BEGIN RETURN s LIKE '%@%'; END; $$ LANGUAGE plpgsql IMMUTABLE;
CREATE FUNCTION not_is_email(s text) RETURNS boolean AS $$ BEGIN RETURN s NOT LIKE '%@%'; END; $$ LANGUAGE plpgsql IMMUTABLE;
CREATE TABLE handle (id integer PRIMARY KEY, name text CHECK (not_is_email(name)));
