-- Alter table counter: modify id: type int -> int unsigned (values that do not fit fail or are changed); modify hits: type int -> bigint unsigned (values that do not fit fail or are changed); modify small: type tinyint unsigned -> smallint unsigned
ALTER TABLE `counter`
  MODIFY COLUMN `id` int unsigned NOT NULL,
  MODIFY COLUMN `hits` bigint unsigned,
  MODIFY COLUMN `small` smallint unsigned;
