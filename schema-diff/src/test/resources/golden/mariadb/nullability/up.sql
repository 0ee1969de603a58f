-- Alter table item: modify a: allow nulls; modify b: forbid nulls (fails if rows hold null)
ALTER TABLE `item`
  MODIFY COLUMN `a` varchar(10) COLLATE latin1_swedish_ci,
  MODIFY COLUMN `b` varchar(10) COLLATE latin1_swedish_ci NOT NULL;
