-- Create table counters
CREATE TABLE `counters` (
  `id` int unsigned zerofill NOT NULL,
  `hits` bigint unsigned zerofill,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COLLATE=latin1_swedish_ci;

-- Alter table invoices: modify number: type int -> int(8) unsigned zerofill (values that do not fit fail or are changed); modify branch: type smallint(3) unsigned zerofill -> smallint(3) unsigned
ALTER TABLE `invoices`
  MODIFY COLUMN `number` int(8) unsigned zerofill,
  MODIFY COLUMN `branch` smallint(3) unsigned;
