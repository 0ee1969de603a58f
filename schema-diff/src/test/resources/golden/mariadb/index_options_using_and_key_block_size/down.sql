-- Drop table tag (its data is lost)
DROP TABLE `tag`;

-- Alter table users: drop unique key uk_email; drop index ix_name; drop index ix_code; add unique index uk_email (fails on duplicates); add index ix_name; add index ix_code
ALTER TABLE `users`
  DROP INDEX `uk_email`,
  DROP INDEX `ix_name`,
  DROP INDEX `ix_code`,
  ADD UNIQUE INDEX `uk_email` (`email`) USING BTREE,
  ADD INDEX `ix_name` (`name`),
  ADD INDEX `ix_code` (`code`) USING HASH;
