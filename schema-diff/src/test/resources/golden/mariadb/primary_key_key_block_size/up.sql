-- Create table accounts
CREATE TABLE `accounts` (
  `id` bigint NOT NULL,
  PRIMARY KEY (`id`) USING BTREE KEY_BLOCK_SIZE=2 COMMENT 'account id'
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Alter table archive: drop primary key; add primary key (fails on duplicates or nulls)
ALTER TABLE `archive`
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (`id`) USING BTREE;

-- Alter table users: drop primary key; add primary key (fails on duplicates or nulls)
ALTER TABLE `users`
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (`id`) KEY_BLOCK_SIZE=4;
