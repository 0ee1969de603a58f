-- Create table order
CREATE TABLE `order` (
  `id` bigint NOT NULL,
  `select` varchar(10),
  `key` int,
  `group` int,
  PRIMARY KEY (`id`),
  KEY `index` (`key`, `group`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Create table table
CREATE TABLE `table` (
  `id` bigint NOT NULL,
  `order_id` bigint,
  `desc` varchar(10),
  PRIMARY KEY (`id`),
  KEY `references` (`order_id`),
  CONSTRAINT `check` CHECK (`desc` <> '')
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Alter table table: add foreign key references to order
ALTER TABLE `table` ADD CONSTRAINT `references` FOREIGN KEY (`order_id`) REFERENCES `order` (`id`);
