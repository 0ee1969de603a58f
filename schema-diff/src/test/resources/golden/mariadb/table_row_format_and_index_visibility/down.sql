-- Drop table ledger (its data is lost)
DROP TABLE `ledger`;

-- Alter table archive: drop primary key; add primary key (fails on duplicates or nulls); row format (the table is rebuilt)
ALTER TABLE `archive`
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (`id`),
  ROW_FORMAT=DEFAULT KEY_BLOCK_SIZE=0;

-- Alter table item: drop primary key; drop index ix_code; drop index ix_name; add primary key (fails on duplicates or nulls); add index ix_code; add index ix_name; row format (the table is rebuilt)
ALTER TABLE `item`
  DROP PRIMARY KEY,
  DROP INDEX `ix_code`,
  DROP INDEX `ix_name`,
  ADD PRIMARY KEY (`id`) COMMENT 'surrogate key',
  ADD INDEX `ix_code` (`code`),
  ADD INDEX `ix_name` (`name`) IGNORED,
  ROW_FORMAT=DEFAULT;
