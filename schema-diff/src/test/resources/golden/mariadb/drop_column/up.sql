-- Alter table product: drop column legacy_code (its data is lost)
ALTER TABLE `product` DROP COLUMN `legacy_code`;
