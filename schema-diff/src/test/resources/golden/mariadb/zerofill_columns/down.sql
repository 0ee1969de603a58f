-- Drop table counters (its data is lost)
DROP TABLE `counters`;

-- Alter table invoices: modify number: type int(8) unsigned zerofill -> int (values that do not fit fail or are changed); modify branch: type smallint(3) unsigned -> smallint(3) unsigned zerofill
ALTER TABLE `invoices`
  MODIFY COLUMN `number` int,
  MODIFY COLUMN `branch` smallint(3) unsigned zerofill;
