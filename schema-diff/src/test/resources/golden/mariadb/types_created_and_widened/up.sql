-- Alter table sample: modify a: type tinyint -> smallint; modify b: type smallint unsigned -> int unsigned; modify c: type mediumint -> int; modify d: type float -> double; modify f: type decimal(10,2) -> decimal(12,2); modify h: type time -> time(3); modify i: type datetime(3) -> datetime(6); modify k: type char(2) -> varchar(4); modify l: type varbinary(16) -> varbinary(32); modify m: type blob -> mediumblob; modify n: type tinytext -> text; modify o: type bit(3) -> bit(8)
ALTER TABLE `sample`
  MODIFY COLUMN `a` smallint,
  MODIFY COLUMN `b` int unsigned,
  MODIFY COLUMN `c` int,
  MODIFY COLUMN `d` double,
  MODIFY COLUMN `f` decimal(12,2),
  MODIFY COLUMN `h` time(3),
  MODIFY COLUMN `i` datetime(6),
  MODIFY COLUMN `k` varchar(4) COLLATE latin1_swedish_ci,
  MODIFY COLUMN `l` varbinary(32),
  MODIFY COLUMN `m` mediumblob,
  MODIFY COLUMN `n` text COLLATE latin1_swedish_ci,
  MODIFY COLUMN `o` bit(8);
