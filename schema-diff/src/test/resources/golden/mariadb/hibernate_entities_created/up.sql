-- Create sequence customer_seq
CREATE SEQUENCE `customer_seq` START WITH 1 INCREMENT BY 50 MINVALUE 1 MAXVALUE 9223372036854775806 NOCACHE NOCYCLE;

-- Create table customer
CREATE TABLE `customer` (
  `id` bigint NOT NULL,
  `external_id` uuid,
  `full_name` varchar(100) NOT NULL,
  `ordinal_status` tinyint CHECK (`ordinal_status` between 0 and 1),
  `status` enum('ACTIVE','BLOCKED'),
  `version` int NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Create table customer_tags
CREATE TABLE `customer_tags` (
  `customer_id` bigint NOT NULL,
  `tags` varchar(255),
  UNIQUE KEY `UK5swka6oqljk0gbumgnahnyemx` (`customer_id`, `tags`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Create table purchase
CREATE TABLE `purchase` (
  `id` bigint NOT NULL,
  `customer_id` bigint,
  `amount` decimal(38,2),
  `created_at` datetime(6),
  PRIMARY KEY (`id`),
  KEY `FKpurchasecustomer` (`customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Alter table customer_tags: add foreign key FKcustomertags to customer
ALTER TABLE `customer_tags` ADD CONSTRAINT `FKcustomertags` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`);

-- Alter table purchase: add foreign key FKpurchasecustomer to customer
ALTER TABLE `purchase` ADD CONSTRAINT `FKpurchasecustomer` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`);
