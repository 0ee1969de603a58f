-- Alter table child: drop foreign key fk_child_parent (its index stays unless dropped too)
ALTER TABLE `child` DROP FOREIGN KEY `fk_child_parent`;

-- Alter table child: modify parent_id: type bigint -> int (values that do not fit fail or are changed)
ALTER TABLE `child` MODIFY COLUMN `parent_id` int;

-- Alter table parent: modify id: type bigint -> int (values that do not fit fail or are changed)
ALTER TABLE `parent` MODIFY COLUMN `id` int NOT NULL AUTO_INCREMENT;

-- Alter table child: add foreign key fk_child_parent to parent
ALTER TABLE `child` ADD CONSTRAINT `fk_child_parent` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`);
