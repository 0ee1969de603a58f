-- Drop view old_names
DROP VIEW "old_names";

-- Create materialized view city_counts
CREATE MATERIALIZED VIEW city_counts AS
 SELECT city,
    count(*) AS people
   FROM person
  GROUP BY city;

-- Create an index of materialized view city_counts
CREATE UNIQUE INDEX city_counts_city ON city_counts USING btree (city);

-- Create view person_names
CREATE VIEW person_names AS
 SELECT id,
    upper(name::text) AS name
   FROM person
  WHERE city IS NOT NULL;

-- Create view berlin_names
CREATE VIEW berlin_names WITH (security_barrier=true) AS
 SELECT id,
    name
   FROM person_names
  WHERE name ~~ 'B%'::text;

-- Comment on view berlin_names
COMMENT ON VIEW "berlin_names" IS 'People in Berlin';
