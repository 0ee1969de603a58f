-- Alter table setting: modify a: default 2; modify b: drop default; modify c: default current_timestamp(); modify d: default 1.50
ALTER TABLE `setting`
  MODIFY COLUMN `a` int DEFAULT 2,
  MODIFY COLUMN `b` varchar(10) COLLATE latin1_swedish_ci,
  MODIFY COLUMN `c` datetime DEFAULT current_timestamp(),
  MODIFY COLUMN `d` decimal(5,2) DEFAULT 1.50;
