-- Alter table audit: modify created_at: ON UPDATE current_timestamp(6); modify updated_at: default current_timestamp(6), ON UPDATE current_timestamp(6)
ALTER TABLE `audit`
  MODIFY COLUMN `created_at` timestamp(6) NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),
  MODIFY COLUMN `updated_at` datetime(6) DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6);
