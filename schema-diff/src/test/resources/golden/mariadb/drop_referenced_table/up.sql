-- Alter table address: drop foreign key fk_address_country (its index stays unless dropped too)
ALTER TABLE `address` DROP FOREIGN KEY `fk_address_country`;

-- Drop table country (its data is lost)
DROP TABLE `country`;

-- Alter table address: drop index fk_address_country
ALTER TABLE `address` DROP INDEX `fk_address_country`;
