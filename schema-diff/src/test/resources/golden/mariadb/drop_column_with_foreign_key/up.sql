-- Alter table child: drop foreign key FKparent (its index stays unless dropped too)
ALTER TABLE `child` DROP FOREIGN KEY `FKparent`;

-- Alter table child: drop index FKparent; drop column parent_id (its data is lost)
ALTER TABLE `child`
  DROP INDEX `FKparent`,
  DROP COLUMN `parent_id`;
