-- Alter table child: add foreign key fk_child_parent to parent
ALTER TABLE `child` ADD CONSTRAINT `fk_child_parent` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`);
