-- Alter table invoice: modify id: type int -> bigint
ALTER TABLE `invoice` MODIFY COLUMN `id` bigint NOT NULL AUTO_INCREMENT;
