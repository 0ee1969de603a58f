-- Drop view berlin_names
DROP VIEW "berlin_names";

-- Drop view person_names
DROP VIEW "person_names";

-- Drop materialized view city_counts
DROP MATERIALIZED VIEW "city_counts";

-- Create view old_names
CREATE VIEW old_names AS
 SELECT id,
    name
   FROM person;
