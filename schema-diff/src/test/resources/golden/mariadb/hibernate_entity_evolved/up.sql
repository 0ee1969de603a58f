-- Create table customer_tags
CREATE TABLE `customer_tags` (
  `customer_id` bigint NOT NULL,
  `tags` varchar(255),
  UNIQUE KEY `UK5swka6oqljk0gbumgnahnyemx` (`customer_id`, `tags`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Alter table customer: modify full_name: type varchar(100) -> varchar(200); modify status: type enum('ACTIVE','BLOCKED') -> enum('ACTIVE','BLOCKED','DELETED'); add column email; add column created_at; add unique key UKemail (fails on duplicates)
ALTER TABLE `customer`
  MODIFY COLUMN `full_name` varchar(200) COLLATE latin1_swedish_ci NOT NULL,
  MODIFY COLUMN `status` enum('ACTIVE','BLOCKED','DELETED') COLLATE latin1_swedish_ci,
  ADD COLUMN `email` varchar(255) COLLATE latin1_swedish_ci AFTER `full_name`,
  ADD COLUMN `created_at` datetime(6) AFTER `status`,
  ADD UNIQUE KEY `UKemail` (`email`);

-- Alter table customer_tags: add foreign key FKtags to customer
ALTER TABLE `customer_tags` ADD CONSTRAINT `FKtags` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`id`);
