-- Alter table sample: modify a: type smallint -> tinyint (values that do not fit fail or are changed); modify b: type int unsigned -> smallint unsigned (values that do not fit fail or are changed); modify c: type int -> mediumint (values that do not fit fail or are changed); modify d: type double -> float (values that do not fit fail or are changed); modify f: type decimal(12,2) -> decimal(10,2) (values that do not fit fail or are changed); modify h: type time(3) -> time (values that do not fit fail or are changed); modify i: type datetime(6) -> datetime(3) (values that do not fit fail or are changed); modify k: type varchar(4) -> char(2) (values that do not fit fail or are changed); modify l: type varbinary(32) -> varbinary(16) (values that do not fit fail or are changed); modify m: type mediumblob -> blob (values that do not fit fail or are changed); modify n: type text -> tinytext (values that do not fit fail or are changed); modify o: type bit(8) -> bit(3) (values that do not fit fail or are changed)
ALTER TABLE `sample`
  MODIFY COLUMN `a` tinyint,
  MODIFY COLUMN `b` smallint unsigned,
  MODIFY COLUMN `c` mediumint,
  MODIFY COLUMN `d` float,
  MODIFY COLUMN `f` decimal(10,2),
  MODIFY COLUMN `h` time,
  MODIFY COLUMN `i` datetime(3),
  MODIFY COLUMN `k` char(2) COLLATE latin1_swedish_ci,
  MODIFY COLUMN `l` varbinary(16),
  MODIFY COLUMN `m` blob,
  MODIFY COLUMN `n` tinytext COLLATE latin1_swedish_ci,
  MODIFY COLUMN `o` bit(3);
