-- Alter table event: modify id: AUTO_INCREMENT
ALTER TABLE `event` MODIFY COLUMN `id` bigint NOT NULL AUTO_INCREMENT;
