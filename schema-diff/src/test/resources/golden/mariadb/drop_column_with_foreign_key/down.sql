-- Alter table child: add column parent_id; add index FKparent
ALTER TABLE `child`
  ADD COLUMN `parent_id` bigint AFTER `id`,
  ADD INDEX `FKparent` (`parent_id`);

-- Alter table child: add foreign key FKparent to parent
ALTER TABLE `child` ADD CONSTRAINT `FKparent` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`);
