-- Alter table child: drop index ix_child_parent; add index ix_child_parent_created
ALTER TABLE `child`
  DROP INDEX `ix_child_parent`,
  ADD INDEX `ix_child_parent_created` (`parent_id`, `created`);
