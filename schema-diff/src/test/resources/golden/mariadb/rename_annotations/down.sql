-- Rename table user_profiles to user accounts (keeps its rows)
RENAME TABLE `user_profiles` TO `user accounts`;

-- Alter table user accounts: rename column email_address to email@address (keeps its data); rename column user_name to username (keeps its data); rename index username_idx to idx_username
ALTER TABLE `user accounts`
  RENAME COLUMN `email_address` TO `email@address`,
  RENAME COLUMN `user_name` TO `username`,
  RENAME INDEX `username_idx` TO `idx_username`;

-- Alter table user accounts: modify email@address: type varchar(200) -> varchar(100) (values that do not fit fail or are changed)
ALTER TABLE `user accounts` MODIFY COLUMN `email@address` varchar(100) COLLATE latin1_swedish_ci;
