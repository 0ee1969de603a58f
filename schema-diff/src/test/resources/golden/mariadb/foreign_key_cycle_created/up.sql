-- Create table a
CREATE TABLE `a` (
  `id` bigint NOT NULL,
  `b_id` bigint,
  PRIMARY KEY (`id`),
  KEY `fk_a_b` (`b_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Create table b
CREATE TABLE `b` (
  `id` bigint NOT NULL,
  `a_id` bigint,
  PRIMARY KEY (`id`),
  KEY `fk_b_a` (`a_id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Alter table a: add foreign key fk_a_b to b
ALTER TABLE `a` ADD CONSTRAINT `fk_a_b` FOREIGN KEY (`b_id`) REFERENCES `b` (`id`);

-- Alter table b: add foreign key fk_b_a to a
ALTER TABLE `b` ADD CONSTRAINT `fk_b_a` FOREIGN KEY (`a_id`) REFERENCES `a` (`id`);
