-- Alter table child: drop foreign key fk_child_parent (its index stays unless dropped too)
ALTER TABLE `child` DROP FOREIGN KEY `fk_child_parent`;
