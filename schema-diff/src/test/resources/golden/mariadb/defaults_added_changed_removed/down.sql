-- Alter table setting: modify a: default 1; modify b: default 'x'; modify c: drop default; modify d: drop default
ALTER TABLE `setting`
  MODIFY COLUMN `a` int DEFAULT 1,
  MODIFY COLUMN `b` varchar(10) COLLATE latin1_swedish_ci DEFAULT 'x',
  MODIFY COLUMN `c` datetime,
  MODIFY COLUMN `d` decimal(5,2);
