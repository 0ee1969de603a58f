-- Create table ledger
CREATE TABLE `ledger` (
  `id` bigint NOT NULL,
  `entry` varchar(40),
  PRIMARY KEY (`id`) COMMENT 'entry number',
  UNIQUE KEY `uk_entry` (`entry`) IGNORED
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci ROW_FORMAT=COMPACT;

-- Alter table item: drop primary key; drop index ix_code; drop index ix_name; add primary key (fails on duplicates or nulls); add index ix_code; add index ix_name; row format (the table is rebuilt)
ALTER TABLE `item`
  DROP PRIMARY KEY,
  DROP INDEX `ix_code`,
  DROP INDEX `ix_name`,
  ADD PRIMARY KEY (`id`) COMMENT 'item id from the catalogue',
  ADD INDEX `ix_code` (`code`) IGNORED,
  ADD INDEX `ix_name` (`name`),
  ROW_FORMAT=DYNAMIC;

-- Alter table archive: row format (the table is rebuilt)
ALTER TABLE `archive` ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8;
