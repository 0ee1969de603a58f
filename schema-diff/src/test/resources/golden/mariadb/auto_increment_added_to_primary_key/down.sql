-- Alter table event: modify id: stop AUTO_INCREMENT
ALTER TABLE `event` MODIFY COLUMN `id` bigint NOT NULL;
