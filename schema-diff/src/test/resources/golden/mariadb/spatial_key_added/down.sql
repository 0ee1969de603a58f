-- Alter table places: drop index index_places_location; drop column location (its data is lost)
ALTER TABLE `places`
  DROP INDEX `index_places_location`,
  DROP COLUMN `location`;
