-- Alter table audit: modify created_at: drop ON UPDATE; modify updated_at: drop default, drop ON UPDATE
ALTER TABLE `audit`
  MODIFY COLUMN `created_at` timestamp(6) NULL DEFAULT current_timestamp(6),
  MODIFY COLUMN `updated_at` datetime(6);
