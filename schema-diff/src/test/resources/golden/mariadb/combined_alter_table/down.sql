-- Alter table orders: drop index ix_orders_code; modify code: type varchar(40) -> varchar(20) (values that do not fit fail or are changed); drop column placed_at (its data is lost); add column obsolete; add index ix_orders_note; remove comment
ALTER TABLE `orders`
  DROP INDEX `ix_orders_code`,
  MODIFY COLUMN `code` varchar(20) COLLATE latin1_swedish_ci NOT NULL,
  DROP COLUMN `placed_at`,
  ADD COLUMN `obsolete` int,
  ADD INDEX `ix_orders_note` (`note`),
  COMMENT='';
