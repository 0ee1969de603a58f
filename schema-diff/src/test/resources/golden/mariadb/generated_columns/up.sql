-- Alter table line: drop column total (its data is lost); add column total; drop column qty2 (its data is lost); add column qty2; add column upper_qty
ALTER TABLE `line`
  DROP COLUMN `total`,
  ADD COLUMN `total` decimal(12,2) GENERATED ALWAYS AS (`qty` * `price` + 1) VIRTUAL AFTER `price`,
  DROP COLUMN `qty2`,
  ADD COLUMN `qty2` int GENERATED ALWAYS AS (`qty` * 2) VIRTUAL,
  ADD COLUMN `upper_qty` int GENERATED ALWAYS AS (`qty` + 1) STORED;
