-- Alter table note: modify body: type text -> varchar(200) (values that do not fit fail or are changed); modify score: type bigint -> int (values that do not fit fail or are changed)
ALTER TABLE `note`
  MODIFY COLUMN `body` varchar(200) COLLATE latin1_swedish_ci,
  MODIFY COLUMN `score` int;
