-- Alter table payload: add column meta
ALTER TABLE `payload` ADD COLUMN `meta` json;
