-- Drop table accounts (its data is lost)
DROP TABLE `accounts`;

-- Alter table archive: drop primary key; add primary key (fails on duplicates or nulls)
ALTER TABLE `archive`
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (`id`) USING BTREE KEY_BLOCK_SIZE=8;

-- Alter table users: drop primary key; add primary key (fails on duplicates or nulls)
ALTER TABLE `users`
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (`id`);
