-- Alter table payload: drop column meta (its data is lost)
ALTER TABLE `payload` DROP COLUMN `meta`;
