-- Alter table invoice: modify id: type bigint -> int (values that do not fit fail or are changed)
ALTER TABLE `invoice` MODIFY COLUMN `id` int NOT NULL AUTO_INCREMENT;
