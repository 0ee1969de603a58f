-- Drop view person_names
DROP VIEW "person_names";

-- Drop extension citext
DROP EXTENSION "citext";
