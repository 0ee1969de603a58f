-- Alter table child: drop foreign key fk_child_parent (its index stays unless dropped too)
ALTER TABLE `child` DROP FOREIGN KEY `fk_child_parent`;

-- Alter table child: modify parent_id: type int -> bigint
ALTER TABLE `child` MODIFY COLUMN `parent_id` bigint;

-- Alter table parent: modify id: type int -> bigint
ALTER TABLE `parent` MODIFY COLUMN `id` bigint NOT NULL AUTO_INCREMENT;

-- Alter table child: add foreign key fk_child_parent to parent
ALTER TABLE `child` ADD CONSTRAINT `fk_child_parent` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`);
