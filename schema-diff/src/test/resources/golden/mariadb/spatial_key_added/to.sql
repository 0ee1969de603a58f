CREATE TABLE places (
  id bigint(20) NOT NULL,
  location point NOT NULL,
  SPATIAL KEY index_places_location (location)
);
