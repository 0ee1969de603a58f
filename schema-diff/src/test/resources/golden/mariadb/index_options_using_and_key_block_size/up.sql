-- Create table tag
CREATE TABLE `tag` (
  `id` int NOT NULL,
  `label` varchar(20),
  PRIMARY KEY (`id`),
  KEY `ix_label` (`label`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Alter table users: drop index uk_email; drop index ix_name; drop index ix_code; add unique key uk_email (fails on duplicates); add index ix_name; add index ix_code
ALTER TABLE `users`
  DROP INDEX `uk_email`,
  DROP INDEX `ix_name`,
  DROP INDEX `ix_code`,
  ADD UNIQUE KEY `uk_email` (`email`),
  ADD INDEX `ix_name` (`name`) USING BTREE KEY_BLOCK_SIZE=8,
  ADD INDEX `ix_code` (`code`);
