-- Alter table counter: modify id: type int unsigned -> int (values that do not fit fail or are changed); modify hits: type bigint unsigned -> int (values that do not fit fail or are changed); modify small: type smallint unsigned -> tinyint unsigned (values that do not fit fail or are changed)
ALTER TABLE `counter`
  MODIFY COLUMN `id` int NOT NULL,
  MODIFY COLUMN `hits` int,
  MODIFY COLUMN `small` tinyint unsigned;
