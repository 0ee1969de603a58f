-- Alter table child: drop index ix_child_parent_created; add index ix_child_parent
ALTER TABLE `child`
  DROP INDEX `ix_child_parent_created`,
  ADD INDEX `ix_child_parent` (`parent_id`);
