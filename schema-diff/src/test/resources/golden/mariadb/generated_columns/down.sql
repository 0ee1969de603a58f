-- Alter table line: drop column total (its data is lost); add column total; drop column qty2 (its data is lost); add column qty2; drop column upper_qty (its data is lost)
ALTER TABLE `line`
  DROP COLUMN `total`,
  ADD COLUMN `total` decimal(12,2) GENERATED ALWAYS AS (`qty` * `price`) VIRTUAL AFTER `price`,
  DROP COLUMN `qty2`,
  ADD COLUMN `qty2` int GENERATED ALWAYS AS (`qty` * 2) STORED,
  DROP COLUMN `upper_qty`;
