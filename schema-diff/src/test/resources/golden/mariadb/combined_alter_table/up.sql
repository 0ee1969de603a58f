-- Alter table orders: drop index ix_orders_note; modify code: type varchar(20) -> varchar(40); drop column obsolete (its data is lost); add column placed_at; add index ix_orders_code; comment
ALTER TABLE `orders`
  DROP INDEX `ix_orders_note`,
  MODIFY COLUMN `code` varchar(40) COLLATE latin1_swedish_ci NOT NULL,
  DROP COLUMN `obsolete`,
  ADD COLUMN `placed_at` datetime(6),
  ADD INDEX `ix_orders_code` (`code`),
  COMMENT='Customer orders';
