-- Alter table note: modify body: type varchar(200) -> text; modify score: type int -> bigint
ALTER TABLE `note`
  MODIFY COLUMN `body` text COLLATE latin1_swedish_ci,
  MODIFY COLUMN `score` bigint;
