-- Alter table product: add column legacy_code
ALTER TABLE `product` ADD COLUMN `legacy_code` varchar(20) COLLATE latin1_swedish_ci AFTER `id`;
