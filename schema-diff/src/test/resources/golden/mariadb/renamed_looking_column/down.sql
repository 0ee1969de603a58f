-- Alter table client: drop column last_name (its data is lost); add column surname
ALTER TABLE `client`
  DROP COLUMN `last_name`,
  ADD COLUMN `surname` varchar(100) COLLATE latin1_swedish_ci;
