-- Create table country
CREATE TABLE `country` (
  `id` bigint NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Alter table address: add index fk_address_country
ALTER TABLE `address` ADD INDEX `fk_address_country` (`country_id`);

-- Alter table address: add foreign key fk_address_country to country
ALTER TABLE `address` ADD CONSTRAINT `fk_address_country` FOREIGN KEY (`country_id`) REFERENCES `country` (`id`);
