-- Alter table child: drop foreign key fk_child (its index stays unless dropped too)
ALTER TABLE `child` DROP FOREIGN KEY `fk_child`;

-- Alter table child: add foreign key fk_child to parent
ALTER TABLE `child` ADD CONSTRAINT `fk_child` FOREIGN KEY (`parent_id`) REFERENCES `parent` (`id`);
