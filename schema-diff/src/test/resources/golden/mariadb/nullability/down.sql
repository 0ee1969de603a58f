-- Alter table item: modify a: forbid nulls (fails if rows hold null); modify b: allow nulls
ALTER TABLE `item`
  MODIFY COLUMN `a` varchar(10) COLLATE latin1_swedish_ci NOT NULL,
  MODIFY COLUMN `b` varchar(10) COLLATE latin1_swedish_ci;
