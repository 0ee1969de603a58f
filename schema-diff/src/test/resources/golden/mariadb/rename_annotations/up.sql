-- Rename table user accounts to user_profiles (keeps its rows)
RENAME TABLE `user accounts` TO `user_profiles`;

-- Alter table user_profiles: rename column email@address to email_address (keeps its data); rename column username to user_name (keeps its data); rename index idx_username to username_idx
ALTER TABLE `user_profiles`
  RENAME COLUMN `email@address` TO `email_address`,
  RENAME COLUMN `username` TO `user_name`,
  RENAME INDEX `idx_username` TO `username_idx`;

-- Alter table user_profiles: modify email_address: type varchar(100) -> varchar(200)
ALTER TABLE `user_profiles` MODIFY COLUMN `email_address` varchar(200) COLLATE latin1_swedish_ci;
