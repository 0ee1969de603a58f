-- Alter table client: drop column surname (its data is lost); add column last_name
ALTER TABLE `client`
  DROP COLUMN `surname`,
  ADD COLUMN `last_name` varchar(100) COLLATE latin1_swedish_ci;
