-- Alter table app: add column name
ALTER TABLE `app` ADD COLUMN `name` varchar(20) COLLATE latin1_swedish_ci;
