CREATE FUNCTION is_email(s text) RETURNS boolean AS $$ BEGIN RETURN s LIKE '%@%'; END; $$ LANGUAGE plpgsql IMMUTABLE;
CREATE DOMAIN email AS text CHECK (is_email(VALUE));
CREATE TABLE account (id integer PRIMARY KEY, email email);
