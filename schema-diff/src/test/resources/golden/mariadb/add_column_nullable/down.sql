-- Alter table customer: drop column email (its data is lost)
ALTER TABLE `customer` DROP COLUMN `email`;
