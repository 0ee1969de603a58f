-- Create extension citext
CREATE EXTENSION citext VERSION '1.6';

-- Comment on extension citext
COMMENT ON EXTENSION "citext" IS 'Case-insensitive names';

-- Create view person_names
CREATE VIEW person_names AS
 SELECT id,
    name::citext AS name
   FROM person;
