-- Alter table app: drop column name (its data is lost)
ALTER TABLE `app` DROP COLUMN `name`;
