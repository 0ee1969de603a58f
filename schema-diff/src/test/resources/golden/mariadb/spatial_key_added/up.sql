-- Alter table places: add column location (NOT NULL without default: existing rows get the type's zero value); add index index_places_location
ALTER TABLE `places`
  ADD COLUMN `location` point NOT NULL,
  ADD SPATIAL INDEX `index_places_location` (`location`);
